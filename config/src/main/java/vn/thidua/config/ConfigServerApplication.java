package vn.thidua.config;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cloud.config.server.EnableConfigServer;

/**
 * Serves the configuration files kept in this repository ({@code config-repo/}, one per service and profile). The
 * launcher points it at the working copy so an edit needs no rebuild; the jar carries the same files for
 * Kubernetes.
 */
@SpringBootApplication
@EnableConfigServer
public class ConfigServerApplication {

    public static void main(String[] args) {
        SpringApplication.run(ConfigServerApplication.class, args);
    }
}
