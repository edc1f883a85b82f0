package dev.signals.test;

import dev.signals.PostSave;
import dev.signals.test.app.Book;
import dev.signals.test.app.BookApplication;
import dev.signals.test.app.BookRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static dev.signals.SignalType.POST_DELETE;
import static dev.signals.SignalType.POST_INIT;
import static dev.signals.SignalType.POST_SAVE;
import static dev.signals.SignalType.PRE_DELETE;
import static dev.signals.SignalType.PRE_INIT;
import static dev.signals.SignalType.PRE_SAVE;
import static dev.signals.test.RecordedSignalsAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code @RecordSignals} records the signals each test sends, and the assertions read them,
 * in an application that uses the starter as users do.
 */
@SpringBootTest(classes = BookApplication.class)
@RecordSignals
class RecordSignalsTests {

	@Autowired
	BookRepository books;

	@Autowired
	RecordedSignals signals;

	@Test
	void recordsTheSignalsOfEachTestInOrder() {
		// deleting a detached book loads it first: init signals
		Book book = this.books.save(new Book("Dune"));
		this.books.delete(book);

		assertThat(this.signals).ofEntity(Book.class)
			.hasTypes(PRE_SAVE, POST_SAVE, PRE_INIT, POST_INIT, PRE_DELETE, POST_DELETE);
		assertThat(this.signals).ofEntity(Book.class).ofType(POST_SAVE).single().isCreated();
		org.assertj.core.api.Assertions.assertThat(this.signals.of(PostSave.class)).hasSize(1);
	}

	@Test
	void startsEmptyForEachTestAndUpdatesAreNotCreations() {
		assertThat(this.signals).isEmpty();
		Book book = this.books.save(new Book("Emma"));
		this.signals.clear();

		book.setTitle("Emma (2nd edition)");
		this.books.save(book);

		assertThat(this.signals).ofType(POST_SAVE).single().hasUpdateFields("title");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(this.signals).ofType(POST_SAVE).single().isCreated());
	}

}
