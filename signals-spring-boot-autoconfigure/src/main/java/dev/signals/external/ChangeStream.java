package dev.signals.external;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

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
 * (once the persistence units exist) and stopped when it closes. Starting waits until the
 * connector streams, so that every change committed after the context is ready is received;
 * the engine runs on its own thread, where the external receivers are called.
 */
final class ChangeStream implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(ChangeStream.class);

	private final Function<Set<Class<?>>, CapturedTables> tables;

	private final ExternalDelivery delivery;

	private final Function<CapturedTables, Properties> settings;

	private @Nullable DebeziumEngine<RecordChangeEvent<SourceRecord>> engine;

	private @Nullable ExecutorService executor;

	/**
	 * Create the stream.
	 * @param tables works out the captured tables of the receivers' sender classes
	 * @param delivery the external receivers
	 * @param settings the engine's properties for the captured tables
	 */
	ChangeStream(Function<Set<Class<?>>, CapturedTables> tables, ExternalDelivery delivery,
			Function<CapturedTables, Properties> settings) {
		this.tables = tables;
		this.delivery = delivery;
		this.settings = settings;
	}

	@Override
	public synchronized void start() {
		if (this.delivery.receivers().isEmpty() || this.engine != null) {
			return;
		}
		Set<Class<?>> senders = new LinkedHashSet<>();
		boolean everyEntity = false;
		for (Receiver receiver : this.delivery.receivers()) {
			senders.addAll(receiver.senders());
			everyEntity |= receiver.senders().isEmpty();
		}
		CapturedTables captured = this.tables.apply(everyEntity ? Set.of() : senders);
		CountDownLatch streaming = new CountDownLatch(1);
		Throwable[] failure = new Throwable[1];
		this.engine = DebeziumEngine.create(ChangeEventFormat.of(Connect.class))
			.using(this.settings.apply(captured))
			.notifying(new ChangeBatches(new ChangeSnapshots(captured), this.delivery))
			.using(new DebeziumEngine.ConnectorCallback() {
				@Override
				public void taskStarted() {
					streaming.countDown();
				}
			})
			.using((success, message, error) -> {
				if (!success) {
					failure[0] = (error != null) ? error : new IllegalStateException(message);
					logger.error("The change stream of external receivers stopped: " + message, error);
				}
				streaming.countDown();
			})
			.build();
		this.executor = Executors.newSingleThreadExecutor(new CustomizableThreadFactory("signals-external-"));
		this.executor.execute(this.engine);
		awaitStreaming(streaming, failure, captured);
	}

	private void awaitStreaming(CountDownLatch streaming, Throwable[] failure, CapturedTables captured) {
		try {
			if (!streaming.await(2, TimeUnit.MINUTES)) {
				logger.warn("The change stream of external receivers did not start within 2 minutes; "
						+ "it goes on trying in the background");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (failure[0] != null) {
			stop();
			throw new IllegalStateException("The change stream of external receivers could not start", failure[0]);
		}
		logger.info("Streaming changes of " + captured.names() + " to " + this.delivery.receivers().size()
				+ " external receiver(s)");
	}

	@Override
	public synchronized void stop() {
		if (this.engine == null) {
			return;
		}
		try {
			this.engine.close();
			this.executor.shutdown();
			if (!this.executor.awaitTermination(30, TimeUnit.SECONDS)) {
				this.executor.shutdownNow();
			}
		}
		catch (IOException ex) {
			logger.warn("The change stream of external receivers did not close cleanly", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.engine = null;
			this.executor = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.engine != null;
	}

}
