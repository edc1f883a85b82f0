package dev.signals.external;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import dev.signals.SignalsConfigurationException;
import dev.signals.dispatch.Receiver;
import io.debezium.embedded.Connect;
import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.RecordChangeEvent;
import io.debezium.engine.format.ChangeEventFormat;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.kafka.connect.source.SourceRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Debezium's embedded engine on the captured tables, started with the application context
 * (once the persistence units exist) and stopped when it closes. It runs on a thread of its
 * own, where the external receivers are called, and only while this instance holds the
 * {@linkplain SlotLock slot's lock}: other instances stand by and poll for it every
 * {@code standby-interval}, and the engine, should it stop on an error, is started again
 * after a wait that doubles up to {@code max-backoff}. While it streams, the lock is checked
 * every {@code standby-interval}: an instance that lost it stops streaming.
 *
 * <p>Starting waits until the connector streams or the instance stands by, so that every
 * change committed after the context is ready is received by some instance; a first attempt
 * that fails (no logical decoding, no replication privilege, an unreachable database) fails
 * the startup.
 */
final class ChangeStream implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(ChangeStream.class);

	private static final Duration STARTUP_WAIT = Duration.ofMinutes(2);

	private final Function<Set<Class<?>>, CapturedTables> tables;

	private final ExternalDelivery delivery;

	private final Function<CapturedTables, Properties> settings;

	private final SlotLock lock;

	private final OwnTransactionMark mark;

	private final ExternalProperties properties;

	private @Nullable Thread thread;

	private volatile boolean stopping;

	private @Nullable ScheduledExecutorService watch;

	private volatile @Nullable DebeziumEngine<RecordChangeEvent<SourceRecord>> engine;

	/**
	 * Create the stream.
	 * @param tables works out the captured tables of the receivers' sender classes
	 * @param delivery the external receivers
	 * @param settings the engine's properties for the captured tables
	 * @param lock the slot's lock, held while this instance streams
	 * @param mark the mark of the application's own transactions
	 * @param properties the {@code signals.external.*} settings (standby interval, backoff)
	 */
	ChangeStream(Function<Set<Class<?>>, CapturedTables> tables, ExternalDelivery delivery,
			Function<CapturedTables, Properties> settings, SlotLock lock, OwnTransactionMark mark,
			ExternalProperties properties) {
		this.tables = tables;
		this.delivery = delivery;
		this.settings = settings;
		this.lock = lock;
		this.mark = mark;
		this.properties = properties;
	}

	@Override
	public synchronized void start() {
		if (this.delivery.receivers().isEmpty() || this.thread != null) {
			return;
		}
		Set<Class<?>> senders = new LinkedHashSet<>();
		boolean everyEntity = false;
		for (Receiver receiver : this.delivery.receivers()) {
			senders.addAll(receiver.senders());
			everyEntity |= receiver.senders().isEmpty();
		}
		CapturedTables captured = this.tables.apply(everyEntity ? Set.of() : senders);
		checkCaptured(captured);
		Properties engineSettings = this.settings.apply(captured);
		CompletableFuture<String> started = new CompletableFuture<>();
		this.stopping = false;
		CustomizableThreadFactory threads = new CustomizableThreadFactory("signals-external-");
		// stopped with the context; never what keeps a JVM from exiting
		threads.setDaemon(true);
		this.thread = threads.newThread(() -> supervise(captured, engineSettings, started));
		this.thread.start();
		watchLock();
		awaitStarted(started, captured);
	}

	/**
	 * Check, every {@code standby-interval}, that the slot's lock is still held while the
	 * engine runs: a lock whose connection ended (a restarted server, an idle-session timeout)
	 * may have been taken by another instance, so the engine is stopped, and the stream thread
	 * takes the lock again or stands by.
	 */
	private void watchLock() {
		CustomizableThreadFactory threads = new CustomizableThreadFactory("signals-slot-lock-");
		threads.setDaemon(true);
		this.watch = Executors.newSingleThreadScheduledExecutor(threads);
		long interval = this.properties.getStandbyInterval().toMillis();
		this.watch.scheduleWithFixedDelay(() -> {
			DebeziumEngine<RecordChangeEvent<SourceRecord>> current = this.engine;
			if (current != null && !this.stopping && !this.lock.isHeld()) {
				logger.warn("This instance lost the lock of replication slot '" + this.properties.getSlotName()
						+ "' (its connection ended); it stops streaming, then takes the lock again or stands by");
				try {
					current.close();
				}
				catch (IOException | IllegalStateException ex) {
					logger.warn("The change stream of external receivers did not close cleanly", ex);
				}
			}
		}, interval, interval, TimeUnit.MILLISECONDS);
	}

	/**
	 * Fail, naming the receiver, when an external receiver names an entity whose changes
	 * cannot be read: one not mapped to a table with a single-column id.
	 */
	private void checkCaptured(CapturedTables captured) {
		for (Receiver receiver : this.delivery.receivers()) {
			for (Class<?> sender : receiver.senders()) {
				if (!captured.captures(sender)) {
					throw new SignalsConfigurationException("External receiver " + receiver + " receives "
							+ sender.getName() + ", whose changes cannot be read from the change stream: external "
							+ "receivers need an entity whose table has a single-column id.",
							"Receive " + sender.getSimpleName()
									+ " with a receiver that is not external, or map it with a single-column id.");
				}
			}
		}
	}

	private void awaitStarted(CompletableFuture<String> started, CapturedTables captured) {
		try {
			String state = started.get(STARTUP_WAIT.toSeconds(), TimeUnit.SECONDS);
			logger.info(state + " changes of " + captured.names() + " for " + this.delivery.receivers().size()
					+ " external receiver(s)");
		}
		catch (TimeoutException ex) {
			// later failures are no startup failures: they are logged and retried
			started.cancel(false);
			logger.warn("The change stream of external receivers did not start within " + STARTUP_WAIT
					+ "; it goes on trying in the background");
		}
		catch (InterruptedException ex) {
			started.cancel(false);
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException ex) {
			stop();
			Throwable cause = ex.getCause();
			throw new SignalsConfigurationException(
					"The change stream of external receivers could not start: " + rootMessage(cause),
					"Check the PostgreSQL settings external receivers need (wal_level=logical, a user with the "
							+ "REPLICATION attribute allowed to connect for replication, ownership of the captured "
							+ "tables), or set signals.external.enabled=false.",
					cause);
		}
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return String.valueOf(root.getMessage());
	}

	/**
	 * The stream thread: take the slot's lock (or stand by), run the engine until it stops,
	 * let the lock go, and start over unless the application is stopping.
	 */
	private void supervise(CapturedTables captured, Properties engineSettings, CompletableFuture<String> started) {
		long backoff = this.properties.getInitialBackoff().toMillis();
		boolean standingBy = false;
		while (!this.stopping && !Thread.currentThread().isInterrupted()) {
			Throwable failure;
			try {
				if (this.lock.tryAcquire()) {
					if (standingBy) {
						logger.info("This instance now streams replication slot '" + this.properties.getSlotName()
								+ "'");
					}
					standingBy = false;
					failure = runEngine(captured, engineSettings, started);
				}
				else {
					if (!standingBy) {
						logger.info("Another instance streams replication slot '" + this.properties.getSlotName()
								+ "'; this one stands by and takes over when it stops");
						standingBy = true;
					}
					started.complete("Standing by for");
					pause(this.properties.getStandbyInterval().toMillis());
					continue;
				}
			}
			catch (SQLException | RuntimeException ex) {
				failure = ex;
			}
			finally {
				this.lock.release();
			}
			if (failure == null) {
				backoff = this.properties.getInitialBackoff().toMillis();
				continue;
			}
			if (started.completeExceptionally(failure)) {
				return;
			}
			if (!this.stopping) {
				logger.error("The change stream of external receivers stopped; starting it again in " + backoff
						+ " ms", failure);
				pause(backoff);
				backoff = Math.min(backoff * 2, this.properties.getMaxBackoff().toMillis());
			}
		}
	}

	/**
	 * Run the engine on this thread until it is closed or fails.
	 * @return the failure, or {@code null} once closed
	 */
	private @Nullable Throwable runEngine(CapturedTables captured, Properties engineSettings,
			CompletableFuture<String> started) {
		Throwable[] failure = new Throwable[1];
		DebeziumEngine<RecordChangeEvent<SourceRecord>> built = DebeziumEngine
			.create(ChangeEventFormat.of(Connect.class))
			.using(engineSettings)
			.notifying(new ChangeBatches(new ChangeSnapshots(captured), this.delivery, this.mark))
			.using(new DebeziumEngine.ConnectorCallback() {
				@Override
				public void taskStarted() {
					started.complete("Streaming");
				}
			})
			.using((success, message, error) -> {
				// the first report says why; the engine may report its own shutdown after it
				if (!success && !ChangeStream.this.stopping && failure[0] == null) {
					failure[0] = new IllegalStateException(message, error);
				}
			})
			.build();
		this.engine = built;
		try {
			if (!this.stopping) {
				built.run();
			}
		}
		finally {
			this.engine = null;
			if (!this.stopping) {
				// the engine interrupts its polling thread when it is closed (a lost lock): not a
				// request to stop this one, which sets stopping first
				Thread.interrupted();
			}
		}
		return failure[0];
	}

	private void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public synchronized void stop() {
		Thread running = this.thread;
		if (running == null) {
			return;
		}
		this.stopping = true;
		try {
			if (this.watch != null) {
				this.watch.shutdownNow();
				this.watch.awaitTermination(5, TimeUnit.SECONDS);
				this.watch = null;
			}
			closeEngine(running);
			running.join(TimeUnit.SECONDS.toMillis(20));
			running.interrupt();
			running.join(TimeUnit.SECONDS.toMillis(5));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (!running.isAlive()) {
			// a thread that did not end stays known, so that a later start makes no second one
			this.thread = null;
		}
	}

	/**
	 * Close the running engine, or wake the thread where none runs. An engine whose tasks are
	 * still starting refuses to be closed: try again until it runs, stops or is gone.
	 */
	private void closeEngine(Thread running) {
		DebeziumEngine<RecordChangeEvent<SourceRecord>> current = this.engine;
		if (current == null) {
			running.interrupt();
			return;
		}
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (this.engine == current && running.isAlive() && System.nanoTime() < deadline) {
			try {
				current.close();
				return;
			}
			catch (IOException ex) {
				logger.warn("The change stream of external receivers did not close cleanly", ex);
				return;
			}
			catch (IllegalStateException ex) {
				pauseQuietly(100);
			}
		}
	}

	private static void pauseQuietly(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.thread != null;
	}

}
