package dev.signals.bench.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import dev.signals.bench.e2e.model.BenchPost;
import dev.signals.bench.e2e.model.BenchTag;
import dev.signals.bench.e2e.model.PostRepository;
import jakarta.persistence.EntityManager;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The end-to-end workload, the same for every variant: inserts, updates, many-to-many adds
 * and deletes of posts through their Spring Data repository, in transactions of
 * {@value #TRANSACTION_SIZE}. After each insert's {@code save}, and after each tag added, the
 * variant's {@link ByHand} runs (nothing, except in the variants that do by hand what another
 * does in a receiver).
 *
 * <p>The tables are never empty: {@value #RESIDENT_POSTS} tagged posts, written once when
 * the workload is created, stay in them, as a real application's rows do. PostgreSQL then
 * plans the queries of every run alike, instead of planning for empty tables that fill up
 * during a phase.
 */
public final class Workload {

	/** The number of posts written per transaction. */
	public static final int TRANSACTION_SIZE = 100;

	private static final int TAGS = 10;

	private static final int RESIDENT_POSTS = 10_000;

	private static final String BODY = "Signals tell receivers about writes, the way Django's model signals do.";

	private final TransactionOperations transactions;

	private final PostRepository<BenchPost> posts;

	private final EntityManager entityManager;

	private final ByHand byHand;

	private final WorkCounter work;

	private final TableMaintenance tables;

	private final Deliveries deliveries;

	private final List<BenchTag> tags;

	private Workload(TransactionOperations transactions, PostRepository<BenchPost> posts,
			EntityManager entityManager, ByHand byHand, WorkCounter work, TableMaintenance tables,
			Deliveries deliveries) {
		this.transactions = transactions;
		this.posts = posts;
		this.entityManager = entityManager;
		this.byHand = byHand;
		this.work = work;
		this.tables = tables;
		this.deliveries = deliveries;
		this.tags = transactions.execute((status) -> IntStream.range(0, TAGS).mapToObj((i) -> {
			BenchTag tag = new BenchTag("tag " + i);
			entityManager.persist(tag);
			return tag;
		}).toList());
		long[] resident = new long[RESIDENT_POSTS];
		inTransactions(RESIDENT_POSTS, (from, to) -> insert(resident, from, to));
		inTransactions(RESIDENT_POSTS, (from, to) -> addTags(resident, from, to));
	}

	/**
	 * The workload of a variant's application, with its tags and resident posts written.
	 * @param context the running application
	 * @return the workload
	 */
	@SuppressWarnings("unchecked")
	public static Workload of(ApplicationContext context) {
		return new Workload(context.getBean(TransactionOperations.class), context.getBean(PostRepository.class),
				context.getBean(EntityManager.class), ByHand.of(context), context.getBean(WorkCounter.class),
				TableMaintenance.of(context), Deliveries.of(context));
	}

	/**
	 * Insert, update, tag and delete posts, measuring each phase until its {@link Deliveries}
	 * have completed. Before each phase, outside its time, the tables are vacuumed and
	 * analyzed, and the deliveries of the last phase cleared.
	 * @param count the number of posts
	 * @return the measurements and the work the hooks recorded
	 */
	public WorkloadResult run(int count) {
		this.work.reset();
		long[] ids = new long[count];
		Measurement inserts = measure(() -> inTransactions(count, (from, to) -> insert(ids, from, to)));
		Measurement updates = measure(() -> inTransactions(count, (from, to) -> update(ids, from, to)));
		Measurement adds = measure(() -> inTransactions(count, (from, to) -> addTags(ids, from, to)));
		Measurement deletes = measure(() -> delete(ids));
		return new WorkloadResult(List.of(inserts, updates, adds, deletes), this.work.count());
	}

	/**
	 * Insert posts in one transaction and measure the live heap just before it commits,
	 * after the flush that sends their signals; then delete them.
	 * @param count the number of posts
	 * @return the live heap before the commit, less the live heap before the transaction
	 */
	public long transactionFootprint(int count) {
		long[] ids = new long[count];
		long before = LiveHeap.bytes();
		long atCommit = this.transactions.execute((status) -> {
			insert(ids, 0, count);
			this.entityManager.flush();
			return LiveHeap.bytes();
		});
		delete(ids);
		return atCommit - before;
	}

	private Measurement measure(Runnable phase) {
		this.tables.vacuum();
		this.deliveries.clear();
		return Measurement.of(() -> {
			phase.run();
			this.deliveries.awaitCompletion();
		});
	}

	private void insert(long[] ids, int from, int to) {
		for (int i = from; i < to; i++) {
			BenchPost post = this.posts.save(this.posts.create("Post " + i, BODY));
			this.byHand.inserted(post);
			ids[i] = post.getId();
		}
	}

	private void update(long[] ids, int from, int to) {
		for (BenchPost post : this.posts.findAllById(slice(ids, from, to))) {
			post.retitle("Updated post " + post.getId());
			this.posts.save(post);
		}
	}

	private void addTags(long[] ids, int from, int to) {
		for (BenchPost post : this.posts.findWithTags(slice(ids, from, to))) {
			BenchTag tag = this.tags.get((int) (post.getId() % TAGS));
			post.tag(tag);
			this.byHand.tagged(post, tag);
		}
	}

	private void delete(long[] ids) {
		inTransactions(ids.length, (from, to) -> {
			for (BenchPost post : this.posts.findAllById(slice(ids, from, to))) {
				post.discard();
				this.posts.delete(post);
			}
		});
	}

	private void inTransactions(int count, Chunk chunk) {
		for (int from = 0; from < count; from += TRANSACTION_SIZE) {
			int start = from;
			int end = Math.min(count, from + TRANSACTION_SIZE);
			this.transactions.executeWithoutResult((status) -> chunk.write(start, end));
		}
	}

	private static List<Long> slice(long[] ids, int from, int to) {
		List<Long> slice = new ArrayList<>(to - from);
		for (int i = from; i < to; i++) {
			slice.add(ids[i]);
		}
		return slice;
	}

	@FunctionalInterface
	private interface Chunk {

		void write(int from, int to);

	}

}
