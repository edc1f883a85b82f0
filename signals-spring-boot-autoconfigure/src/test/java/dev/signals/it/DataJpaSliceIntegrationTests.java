package dev.signals.it;

import java.util.ArrayList;
import java.util.List;

import dev.signals.MigrationSignal;
import dev.signals.ModelSignal;
import dev.signals.SignalReceiver;
import dev.signals.SignalType;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(DataJpaSliceIntegrationTests.SliceReceiver.class)
class DataJpaSliceIntegrationTests {

	@Autowired
	ArticleRepository articles;

	@Autowired
	SliceReceiver receiver;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void signalsReachReceiversInADataJpaTestSlice() {
		Article article = this.articles.saveAndFlush(new Article("slice", "x"));
		this.articles.delete(article);
		this.articles.flush();

		assertThat(this.receiver.types).containsExactly(SignalType.PRE_SAVE, SignalType.POST_SAVE,
				SignalType.PRE_DELETE, SignalType.POST_DELETE);
	}

	@Test
	void migrationSignalsReachReceiversInADataJpaTestSlice() {
		assertThat(this.receiver.migrations).containsExactly("PRE_MIGRATE[HIBERNATE]",
				"POST_MIGRATE[HIBERNATE []]");
	}

	@Test
	void onlyTheHibernateListenersOfSignalTypesWithReceiversAreRegistered() {
		EventListenerRegistry listeners = this.entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getEventListenerRegistry();

		assertThat(classNames(listeners, EventType.PRE_INSERT)).contains("SaveSignalListener");
		assertThat(classNames(listeners, EventType.PRE_LOAD)).doesNotContain("LoadSignalListener");
		assertThat(classNames(listeners, EventType.PRE_COLLECTION_UPDATE)).doesNotContain("M2MSignalListener");
	}

	private static List<String> classNames(EventListenerRegistry listeners, EventType<?> type) {
		List<String> names = new ArrayList<>();
		listeners.getEventListenerGroup(type)
			.fireEventOnEachListener(names, (listener, collected) -> collected.add(listener.getClass().getSimpleName()));
		return names;
	}

	static class SliceReceiver {

		final List<SignalType> types = new ArrayList<>();

		final List<String> migrations = new ArrayList<>();

		@SignalReceiver(value = { SignalType.PRE_SAVE, SignalType.POST_SAVE, SignalType.PRE_DELETE,
				SignalType.POST_DELETE }, sender = Article.class)
		public void on(ModelSignal<?> signal) {
			this.types.add(signal.type());
		}

		@SignalReceiver
		public void migrated(MigrationSignal signal) {
			this.migrations.add(signal.toString());
		}

	}

}
