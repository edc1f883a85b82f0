package dev.signals.crash;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import dev.signals.Phase;
import dev.signals.SignalReceiver;
import dev.signals.SignalSnapshot;
import dev.signals.SignalType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The durable receiver of the crash and resubmission tests: records its effect, keyed by the
 * snapshot id, in a table of its own (a commit of its own, outside the writing transaction),
 * and counts the deliveries that ran while another delivery of the same snapshot was running
 * (in any application context of this JVM).
 */
@Component
public class ParcelReceivers {

	static final Map<UUID, String> running = new ConcurrentHashMap<>();

	static final AtomicInteger overlaps = new AtomicInteger();

	private final JdbcTemplate jdbc;

	private final String instance;

	ParcelReceivers(JdbcTemplate jdbc, @Value("${crash.instance:child}") String instance) {
		this.jdbc = jdbc;
		this.instance = instance;
	}

	@SignalReceiver(value = SignalType.POST_SAVE, phase = Phase.AFTER_COMMIT, durable = true, id = "ship")
	public void ship(SignalSnapshot<Parcel> snapshot) throws InterruptedException {
		if (running.putIfAbsent(snapshot.id(), this.instance) != null) {
			overlaps.incrementAndGet();
		}
		try {
			Thread.sleep(ThreadLocalRandom.current().nextInt(3));
			this.jdbc.update("insert into parcel_effect (snapshot_id, parcel_id, instance) values (?, ?, ?)",
					snapshot.id(), snapshot.entityId(), this.instance);
		}
		finally {
			running.remove(snapshot.id(), this.instance);
		}
	}

}
