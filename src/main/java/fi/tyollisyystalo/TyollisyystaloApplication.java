package fi.tyollisyystalo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Työllisyystalo, the virtual employment house: one Spring Boot application serving a Vaadin UI. */
@SpringBootApplication
@EnableScheduling
public class TyollisyystaloApplication {

    public static void main(String[] args) {
        SpringApplication.run(TyollisyystaloApplication.class, args);
    }
}
