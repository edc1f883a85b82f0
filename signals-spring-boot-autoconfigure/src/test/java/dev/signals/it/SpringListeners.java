package dev.signals.it;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.signals.ClassPrepared;
import dev.signals.PostSave;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Plain Spring listeners of model signals and of {@link ClassPrepared}.
 */
@Component
class SpringListeners {

	private final SignalLog log;

	final List<ClassPrepared> prepared = new CopyOnWriteArrayList<>();

	SpringListeners(SignalLog log) {
		this.log = log;
	}

	@EventListener
	public void onPostSave(PostSave<Article> signal) {
		this.log.record("@EventListener", signal, "");
	}

	@TransactionalEventListener
	public void afterCommit(PostSave<Article> signal) {
		this.log.record("@TransactionalEventListener", signal, "");
	}

	@EventListener
	public void onClassPrepared(ClassPrepared event) {
		this.prepared.add(event);
	}

}
