package dev.signals.durability;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The application the durable receivers' tests run: invoices, their customers and stamps,
 * and receivers that record what they get.
 */
@SpringBootApplication
public class DurabilityTestApplication {

}
