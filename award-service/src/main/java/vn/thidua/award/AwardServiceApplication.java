package vn.thidua.award;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** award-service: award dossiers, workflow, rule checks, appraisal, decisions, revocation, audit. */
@SpringBootApplication
public class AwardServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(AwardServiceApplication.class, args);
    }
}
