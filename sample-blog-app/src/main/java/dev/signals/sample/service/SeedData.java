package dev.signals.sample.service;

import java.util.List;

import dev.signals.sample.model.AuthorRepository;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Fills an empty blog with a few authors, tags, articles and comments on start, through the
 * same services a visitor uses, so the seed goes through the receivers too. Off with
 * {@code blog.seed=false}.
 */
@Component
@ConditionalOnBooleanProperty(name = "blog.seed", matchIfMissing = true)
class SeedData implements ApplicationRunner {

	private final AuthorRepository authorRepository;

	private final AuthorService authors;

	private final ArticleService articles;

	SeedData(AuthorRepository authorRepository, AuthorService authors, ArticleService articles) {
		this.authorRepository = authorRepository;
		this.authors = authors;
		this.articles = articles;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.authorRepository.count() > 0) {
			return;
		}
		long ada = author("Ada Lovelace");
		long grace = author("Grace Hopper");
		long linus = author("Linus Torvalds");
		follow(ada, grace);
		follow(ada, linus);
		follow(grace, ada);
		long engines = article(ada, "Notes on the Analytical Engine",
				"The engine weaves algebraic patterns just as the Jacquard loom weaves flowers and leaves.",
				List.of("history", "computing"));
		long compilers = article(grace, "Why we need compilers",
				"Programmers should write in words people read and let the machine translate them.",
				List.of("computing", "languages"));
		article(linus, "Release early, release often", "Show your work to people early; they find the bugs.",
				List.of("open-source"));
		this.articles.publish(engines);
		this.articles.publish(compilers);
		comment(engines, "Charles", "The engine is only as good as its programmer.");
	}

	private long author(String name) {
		AuthorInput input = new AuthorInput();
		input.setName(name);
		return this.authors.create(input);
	}

	private void follow(long authorId, long followerId) {
		FollowInput input = new FollowInput();
		input.setFollowerId(followerId);
		this.authors.follow(authorId, input);
	}

	private long article(long authorId, String title, String body, List<String> tags) {
		ArticleInput input = new ArticleInput();
		input.setAuthorId(authorId);
		input.setTitle(title);
		input.setBody(body);
		input.setTags(tags);
		return this.articles.create(input);
	}

	private void comment(long articleId, String name, String text) {
		CommentInput input = new CommentInput();
		input.setAuthorName(name);
		input.setBody(text);
		this.articles.comment(articleId, input);
	}

}
