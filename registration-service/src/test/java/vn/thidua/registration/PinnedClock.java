package vn.thidua.registration;

import java.time.Clock;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The server's clock pinned to {@link PlatformWebTest#NOW} (23 November 2026, 10:00 in Vietnam). */
@TestConfiguration(proxyBeanMethods = false)
class PinnedClock {

    @Bean
    @Primary
    Clock pinnedClock() {
        return Clock.fixed(PlatformWebTest.NOW, ZoneOffset.UTC);
    }
}
