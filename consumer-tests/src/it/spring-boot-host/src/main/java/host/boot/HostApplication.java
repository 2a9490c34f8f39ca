package host.boot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot host that registers nothing of kamkit's by hand: Boot's auto-configured {@code
 * JsonMapper} finds {@code KamkitModule} through its {@code JacksonModule} service
 * (spring.jackson.find-and-add-modules, on by default), so controllers take and return kamkit's
 * values in the kamkit format.
 */
@SpringBootApplication
public class HostApplication {
  public static void main(String[] args) {
    SpringApplication.run(HostApplication.class, args);
  }
}
