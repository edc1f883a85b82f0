package dev.signals.test.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small application on an embedded H2 database whose signals the tests record.
 */
@SpringBootApplication
public class BookApplication {

}
