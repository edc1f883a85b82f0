package dev.signals.autoconfigure;

import dev.signals.MigrationSignal;
import dev.signals.ModelSignal;
import dev.signals.Phase;
import dev.signals.PostMigrate;
import dev.signals.PostSave;
import dev.signals.PreSave;
import dev.signals.RequestFinished;
import dev.signals.RequestSignal;
import dev.signals.RequestStarted;
import dev.signals.SignalReceiver;
import dev.signals.SignalType;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ReceiverDeclarationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class));

	private void assertStartupFails(Class<?> receiverClass, String method, String problem, String action) {
		this.contextRunner.withBean(receiverClass).run((context) -> {
			assertThat(context).hasFailed();
			String where = receiverClass.getName() + "." + method;
			FailureAnalysis analysis = new SignalsFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).contains(where, problem);
			assertThat(analysis.getAction()).contains(where, action);
		});
	}

	@Test
	void twoParametersFailStartup() {
		assertStartupFails(TwoParameters.class, "on", "has 2 parameters", "exactly one parameter");
	}

	@Test
	void aParameterThatIsNoSignalFailsStartup() {
		assertStartupFails(NotASignal.class, "on", "must be a signal type such as PostSave<Article>",
				"Change the parameter");
	}

	@Test
	void aSenderThatContradictsTheParameterFailsStartup() {
		assertStartupFails(ContradictingSender.class, "on", "declares sender java.lang.Integer",
				"Make the sender of");
	}

	@Test
	void aTypeThatContradictsTheParameterFailsStartup() {
		assertStartupFails(ContradictingType.class, "on", "declares signal type PRE_DELETE", "Remove PRE_DELETE");
	}

	@Test
	void aNonVoidReturnFailsStartup() {
		assertStartupFails(ReturnsSomething.class, "on", "returns String", "return void");
	}

	@Test
	void aNonPublicMethodFailsStartup() {
		assertStartupFails(NotPublic.class, "on", "is not public", "public");
	}

	@Test
	void aStaticMethodFailsStartup() {
		assertStartupFails(StaticMethod.class, "on", "is static", "Remove static");
	}

	@Test
	void anUnparsableConditionFailsStartup() {
		assertStartupFails(UnparsableCondition.class, "on", "has an invalid condition 'changedTo('status''",
				"Correct the condition");
	}

	@Test
	void twoReceiversWithTheSameIdFailStartup() {
		this.contextRunner.withBean(SameId.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("'twice' is used twice");
			FailureAnalysis analysis = new SignalsFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains("'twice' is used twice", "SameId.one", "SameId.other");
			assertThat(analysis.getAction()).contains("own id");
		});
	}

	@Test
	void aReceiverOnANonSingletonBeanFailsWhenItIsCreated() {
		this.contextRunner.withUserConfiguration(PrototypeConfiguration.class).run((context) -> {
			Throwable failure = catchThrowable(() -> context.getBean(Valid.class));
			assertThat(failure).rootCause().hasMessageContaining("is not a singleton");
			FailureAnalysis analysis = new SignalsFailureAnalyzer().analyze(failure);
			assertThat(analysis.getDescription()).contains("'valid'", Valid.class.getName(), "is not a singleton");
			assertThat(analysis.getAction()).contains(Valid.class.getName(), "singleton bean");
		});
	}

	@Test
	void aRequestReceiverWithATransactionPhaseFailsStartup() {
		assertStartupFails(RequestAfterCommit.class, "on",
				"declares phase AFTER_COMMIT, but [REQUEST_FINISHED] signals are not sent in a transaction",
				"Remove the phase of");
	}

	@Test
	void aMigrationReceiverWithATransactionPhaseFailsStartup() {
		assertStartupFails(MigrationBeforeCommit.class, "on",
				"declares phase BEFORE_COMMIT, but [PRE_MIGRATE, POST_MIGRATE] signals are not sent in a transaction",
				"Remove the phase of");
	}

	@Test
	void aMigrationReceiverWithASenderFailsStartup() {
		assertStartupFails(MigrationWithSender.class, "on",
				"declares sender [java.lang.String], but [POST_MIGRATE] signals have no sender",
				"condition = \"tool.name() == 'FLYWAY'\"");
	}

	@Test
	void aRequestReceiverWithASenderFailsStartup() {
		assertStartupFails(RequestWithSender.class, "on", "but [REQUEST_STARTED] signals have no sender",
				"condition = \"uri.startsWith('/api/')\"");
	}

	@Test
	void aRequestReceiverWithAFieldFailsStartup() {
		assertStartupFails(RequestWithField.class, "on",
				"declares field [status], but [REQUEST_STARTED, REQUEST_FINISHED, GOT_REQUEST_EXCEPTION] signals "
						+ "are about no entity",
				"Remove the field of");
	}

	@Test
	void requestAndMigrationReceiversWithConditionsStart() {
		this.contextRunner.withBean(ValidRequestAndMigration.class)
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void aValidWildcardReceiverWithListedTypesStarts() {
		this.contextRunner.withBean(Valid.class).run((context) -> assertThat(context).hasNotFailed());
	}

	static class TwoParameters {

		@SignalReceiver
		public void on(PostSave<String> signal, String extra) {
		}

	}

	static class NotASignal {

		@SignalReceiver
		public void on(String value) {
		}

	}

	static class ContradictingSender {

		@SignalReceiver(sender = Integer.class)
		public void on(PostSave<String> signal) {
		}

	}

	static class ContradictingType {

		@SignalReceiver(SignalType.PRE_DELETE)
		public void on(PostSave<String> signal) {
		}

	}

	static class ReturnsSomething {

		@SignalReceiver
		public String on(PostSave<String> signal) {
			return "";
		}

	}

	static class NotPublic {

		@SignalReceiver
		void on(PostSave<String> signal) {
		}

	}

	static class StaticMethod {

		@SignalReceiver
		public static void on(PostSave<String> signal) {
		}

	}

	static class UnparsableCondition {

		@SignalReceiver(condition = "changedTo('status'")
		public void on(PostSave<String> signal) {
		}

	}

	static class SameId {

		@SignalReceiver(id = "twice")
		public void one(PostSave<String> signal) {
		}

		@SignalReceiver(id = "twice")
		public void other(PreSave<String> signal) {
		}

	}

	static class Valid {

		@SignalReceiver({ SignalType.PRE_SAVE, SignalType.POST_DELETE })
		public void on(ModelSignal<?> signal) {
		}

	}

	static class RequestAfterCommit {

		@SignalReceiver(phase = Phase.AFTER_COMMIT)
		public void on(RequestFinished signal) {
		}

	}

	static class MigrationBeforeCommit {

		@SignalReceiver(phase = Phase.BEFORE_COMMIT)
		public void on(MigrationSignal signal) {
		}

	}

	static class MigrationWithSender {

		@SignalReceiver(sender = String.class)
		public void on(PostMigrate signal) {
		}

	}

	static class RequestWithSender {

		@SignalReceiver(sender = String.class)
		public void on(RequestStarted signal) {
		}

	}

	static class RequestWithField {

		@SignalReceiver(field = "status")
		public void on(RequestSignal signal) {
		}

	}

	static class ValidRequestAndMigration {

		@SignalReceiver(condition = "uri.startsWith('/api/') && status >= 500")
		public void finished(RequestFinished signal) {
		}

		@SignalReceiver(condition = "tool.name() == 'FLYWAY'")
		public void migrated(PostMigrate signal) {
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class PrototypeConfiguration {

		@Bean
		@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
		Valid valid() {
			return new Valid();
		}

	}

}
