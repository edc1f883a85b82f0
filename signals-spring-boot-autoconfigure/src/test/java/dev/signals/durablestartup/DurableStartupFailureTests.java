package dev.signals.durablestartup;

import java.util.List;

import dev.signals.Phase;
import dev.signals.SignalEvent;
import dev.signals.SignalReceiver;
import dev.signals.SignalSnapshot;
import dev.signals.SignalType;
import dev.signals.durability.Invoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A durable receiver or a broker route that cannot work ends startup with a report that
 * names it and says what to do.
 */
@ExtendWith(OutputCaptureExtension.class)
class DurableStartupFailureTests {

	static {
		new org.springframework.jdbc.core.JdbcTemplate(new org.springframework.jdbc.datasource.SingleConnectionDataSource(
				"jdbc:postgresql://127.0.0.1:5432/test", "postgres", "", false))
			.execute("create schema if not exists signals_durability; create schema if not exists signals_no_registry");
	}

	private static final String[] REGISTRY = { "--spring.autoconfigure.exclude=",
			"--spring.modulith.events.jdbc.schema-initialization.enabled=true" };

	@Test
	void aDurableReceiverInAnotherPhase(CapturedOutput output) {
		assertThat(startFails(OtherPhase.class, REGISTRY)).isNotNull();

		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains(OtherPhase.class.getName() + ".on is durable with phase IMMEDIATE")
			.contains("Declare " + OtherPhase.class.getName() + ".on with phase = Phase.AFTER_COMMIT");
	}

	@Test
	void aSnapshotReceiverThatIsNotDurable(CapturedOutput output) {
		assertThat(startFails(NotDurable.class, REGISTRY)).isNotNull();

		assertThat(output).contains(NotDurable.class.getName() + ".on takes a SignalSnapshot but is not durable");
	}

	@Test
	void aDurableReceiverThatNamesNoSignalTypes(CapturedOutput output) {
		assertThat(startFails(NoTypes.class, REGISTRY)).isNotNull();

		assertThat(output).contains(NoTypes.class.getName() + ".on is durable but names no signal types");
	}

	@Test
	void anAsyncDurableReceiver(CapturedOutput output) {
		assertThat(startFails(AsyncDurable.class, REGISTRY)).isNotNull();

		assertThat(output).contains(AsyncDurable.class.getName() + ".on is durable and @Async");
	}

	@Test
	void aDurableReceiverWithoutTheRegistry(CapturedOutput output) {
		assertThat(startFails(Fine.class)).isNotNull();

		assertThat(output).contains("Durable receivers [" + Fine.class.getName() + ".on] need Spring Modulith's JDBC "
				+ "event publication registry")
			.contains("Add org.springframework.modulith:spring-modulith-starter-jdbc");
	}

	@Test
	void aDurableCustomSignalWhosePayloadCannotBeReadBack(CapturedOutput output) {
		assertThat(startFails(AbstractPayload.class, REGISTRY)).isNotNull();

		assertThat(output).contains("payload " + Payload.class.getName() + ", which cannot be read back from JSON");
	}

	@Test
	void aRouteToRabbitWithoutSpringAmqp(CapturedOutput output) {
		assertThat(startFails(Fine.class, "--spring.autoconfigure.exclude="
				+ "org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration",
				"--spring.modulith.events.jdbc.schema-initialization.enabled=true",
				"--signals.externalization.routes[0].name=out", "--signals.externalization.routes[0].target=x"))
			.isNotNull();

		assertThat(output).contains("Route 'out' sends to RABBIT, but the application has no RabbitTemplate")
			.contains("Add org.springframework.boot:spring-boot-starter-amqp.");
	}

	@Test
	void aRouteWhoseRoutingKeyDoesNotParse(CapturedOutput output) {
		List<String> args = List.of(REGISTRY[0], REGISTRY[1], "--signals.externalization.routes[0].name=out",
				"--signals.externalization.routes[0].routing-key=sender.(");
		assertThat(startFails(Fine.class, args.toArray(new String[0]))).isNotNull();

		assertThat(output).contains("Route 'out' has a routing key that does not parse: 'sender.('")
			.contains("Fix signals.externalization.routes[0].routing-key");
	}

	@Test
	void aDurableReceiverWithoutTheRegistrysTable(CapturedOutput output) {
		assertThat(startFailsOn("signals_no_registry", Fine.class, "--spring.autoconfigure.exclude=",
				"--spring.modulith.events.jdbc.schema-initialization.enabled=false")).isNotNull();

		assertThat(output).contains("Durable receiver 'DurableStartupFailureTests.Fine.on' (DurableStartupFailureTests.Fine.on) stores its deliveries in the table "
				+ "EVENT_PUBLICATION, which cannot be read")
			.contains("Create Spring Modulith's EVENT_PUBLICATION table with a migration");
	}

	private static Throwable startFails(Class<?> receiver, String... args) {
		return startFailsOn("signals_durability", receiver, args);
	}

	private static Throwable startFailsOn(String schema, Class<?> receiver, String... args) {
		String[] all = new String[args.length + 4];
		System.arraycopy(args, 0, all, 0, args.length);
		all[args.length] = "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema;
		all[args.length + 1] = "--spring.jpa.properties.hibernate.default_schema=" + schema;
		all[args.length + 2] = "--spring.jpa.properties.hibernate.hbm2ddl.create_namespaces=false";
		all[args.length + 3] = "--spring.jpa.hibernate.ddl-auto=none";
		return catchThrowable(() -> new SpringApplicationBuilder(Application.class, receiver)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.run(all)
			.close());
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@EntityScan(basePackageClasses = Invoice.class)
	static class Application {

	}

	public static class OtherPhase {

		@SignalReceiver(value = SignalType.POST_SAVE, durable = true)
		public void on(SignalSnapshot<Invoice> snapshot) {
		}

	}

	public static class NotDurable {

		@SignalReceiver(value = SignalType.POST_SAVE, phase = Phase.AFTER_COMMIT)
		public void on(SignalSnapshot<Invoice> snapshot) {
		}

	}

	public static class NoTypes {

		@SignalReceiver(phase = Phase.AFTER_COMMIT, durable = true)
		public void on(SignalSnapshot<Invoice> snapshot) {
		}

	}

	public static class AsyncDurable {

		@Async
		@SignalReceiver(value = SignalType.POST_SAVE, phase = Phase.AFTER_COMMIT, durable = true)
		public void on(SignalSnapshot<Invoice> snapshot) {
		}

	}

	public static class Fine {

		@SignalReceiver(value = SignalType.POST_SAVE, phase = Phase.AFTER_COMMIT, durable = true)
		public void on(SignalSnapshot<Invoice> snapshot) {
		}

	}

	public interface Payload {

	}

	public static class AbstractPayload {

		@SignalReceiver(phase = Phase.AFTER_COMMIT, durable = true)
		public void on(SignalEvent<Payload> signal) {
		}

	}

}
