package dev.signals.it;

import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import dev.signals.M2MAction;
import dev.signals.M2MChanged;
import dev.signals.Phase;
import dev.signals.SignalReceiver;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Receivers of m2m_changed: one that logs every view of every relation, one that only wants
 * the {@code fans} attribute, and two after-commit tag counters, one fed by the article side
 * and one by the tag side of the relation.
 */
@Component
class M2MReceivers {

	private final SignalLog log;

	final Map<Long, Integer> countsFromArticles = new ConcurrentHashMap<>();

	final Map<Long, Integer> countsFromTags = new ConcurrentHashMap<>();

	private final JdbcTemplate jdbc;

	M2MReceivers(SignalLog log, JdbcTemplate jdbc) {
		this.log = log;
		this.jdbc = jdbc;
	}

	static String describe(M2MChanged<?> signal) {
		return signal.sender().getSimpleName() + "." + signal.field() + " " + signal.action() + " "
				+ new TreeSet<>(signal.pkSet().stream().map(Object::toString).toList())
				+ (signal.reverse() ? " reverse of " + signal.model().getSimpleName() : "");
	}

	@SignalReceiver
	public void any(M2MChanged<?> signal) {
		this.log.record("m2m", signal, describe(signal));
	}

	@SignalReceiver(field = "tags")
	public void joinRows(M2MChanged<Article> signal) {
		this.log.record("join rows", signal,
				signal.action() + " " + this.jdbc.queryForObject("select count(*) from article_tags", Long.class));
	}

	@SignalReceiver(field = "fans")
	public void fansOnly(M2MChanged<Person> signal) {
		this.log.record("fans only", signal, describe(signal));
	}

	@SignalReceiver(phase = Phase.AFTER_COMMIT)
	public void afterCommit(M2MChanged<Article> signal) {
		this.log.record("m2m after commit", signal, describe(signal));
		for (Object tagId : signal.pkSet()) {
			this.countsFromArticles.merge((Long) tagId, delta(signal.action()), Integer::sum);
		}
	}

	@SignalReceiver(phase = Phase.AFTER_COMMIT)
	public void tagSideAfterCommit(M2MChanged<Tag> signal) {
		this.countsFromTags.merge(signal.instance().getId(), delta(signal.action()) * signal.pkSet().size(),
				Integer::sum);
	}

	private static int delta(M2MAction action) {
		return switch (action) {
			case POST_ADD -> 1;
			case POST_REMOVE, POST_CLEAR -> -1;
			default -> 0;
		};
	}

	void resetCounters() {
		this.countsFromArticles.clear();
		this.countsFromTags.clear();
	}

}
