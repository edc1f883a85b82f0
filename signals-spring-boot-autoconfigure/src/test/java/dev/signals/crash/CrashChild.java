package dev.signals.crash;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The process the crash test kills: with the argument {@code write} it commits parcels one
 * transaction at a time (every fourth rolled back after its insert was flushed) until it is
 * killed; with {@code drain} it only runs, resubmitting what earlier processes left.
 */
@SpringBootApplication
public class CrashChild {

	/**
	 * Run the child.
	 * @param args {@code write} or {@code drain}, then Spring Boot's arguments
	 */
	public static void main(String[] args) {
		ConfigurableApplicationContext context = SpringApplication.run(CrashChild.class, args);
		if (!"write".equals(args[0])) {
			return;
		}
		ParcelRepository parcels = context.getBean(ParcelRepository.class);
		TransactionTemplate transaction = context.getBean(TransactionTemplate.class);
		for (int i = 0;; i++) {
			int number = i;
			try {
				transaction.executeWithoutResult((status) -> {
					parcels.saveAndFlush(new Parcel("parcel " + number));
					if (number % 4 == 3) {
						throw new IllegalStateException("rolled back on purpose");
					}
				});
			}
			catch (IllegalStateException ex) {
				// The rolled-back parcel must have no effect.
			}
		}
	}

}
