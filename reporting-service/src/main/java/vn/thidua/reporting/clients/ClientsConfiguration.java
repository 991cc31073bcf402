package vn.thidua.reporting.clients;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.thidua.shared.client.PlatformClients;

@Configuration(proxyBeanMethods = false)
class ClientsConfiguration {

    @Bean
    CampaignApi campaignApi(PlatformClients clients,
            @Value("${thidua.services.campaign:http://localhost:8081}") String baseUrl) {
        return clients.create(CampaignApi.class, baseUrl, Duration.ofSeconds(3));
    }

    @Bean
    RegistrationApi registrationApi(PlatformClients clients,
            @Value("${thidua.services.registration:http://localhost:8082}") String baseUrl) {
        return clients.create(RegistrationApi.class, baseUrl, Duration.ofSeconds(3));
    }
}
