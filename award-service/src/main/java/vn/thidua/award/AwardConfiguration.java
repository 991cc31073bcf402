package vn.thidua.award;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.scheduling.annotation.EnableScheduling;
import vn.thidua.award.dossiers.AwardSettings;

/** The server's clock (deadlines are judged with it, in Vietnam time) and the legal figures from configuration. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(AwardSettings.class)
class AwardConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Findings stored with their numbers as a list of {key, value} (no plan data as field names). */
    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return new MongoCustomConversions(StoreConversions.all());
    }
}
