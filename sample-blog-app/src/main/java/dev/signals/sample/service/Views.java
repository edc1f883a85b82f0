package dev.signals.sample.service;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import dev.signals.sample.model.Article;
import dev.signals.sample.model.ArticleStatus;
import dev.signals.sample.model.Author;
import dev.signals.sample.model.Comment;
import dev.signals.sample.model.Notification;
import dev.signals.sample.model.SearchDocument;
import dev.signals.sample.model.Tag;

/**
 * The read models the pages and the JSON API show, made inside the reading transaction so
 * that nothing lazy is left to load afterwards.
 */
public final class Views {

	private Views() {
	}

	/**
	 * An author named in another view.
	 * @param id the id
	 * @param name the name
	 */
	public record AuthorRef(Long id, String name) {

		static AuthorRef of(Author author) {
			return new AuthorRef(author.getId(), author.getName());
		}

	}

	/**
	 * A tag with its article count.
	 * @param name the name
	 * @param articleCount the count the database holds
	 */
	public record TagView(String name, int articleCount) {

		static TagView of(Tag tag) {
			return new TagView(tag.getName(), tag.getArticleCount());
		}

	}

	/**
	 * A comment.
	 * @param id the id
	 * @param authorName who wrote it
	 * @param body the text
	 * @param createdAt when
	 */
	public record CommentView(Long id, String authorName, String body, Instant createdAt) {

		static CommentView of(Comment comment) {
			return new CommentView(comment.getId(), comment.getAuthorName(), comment.getBody(), comment.getCreatedAt());
		}

	}

	/**
	 * An article with its tags and comments.
	 * @param id the id
	 * @param title the title
	 * @param slug the slug
	 * @param body the text
	 * @param wordCount the number of words
	 * @param status draft or published
	 * @param publishedAt when published, {@code null} for a draft
	 * @param author who wrote it
	 * @param tags its tags by name
	 * @param comments its comments, oldest first
	 */
	public record ArticleView(Long id, String title, String slug, String body, int wordCount, ArticleStatus status,
			Instant publishedAt, AuthorRef author, List<TagView> tags, List<CommentView> comments) {

		static ArticleView of(Article article) {
			return new ArticleView(article.getId(), article.getTitle(), article.getSlug(), article.getBody(),
					article.getWordCount(), article.getStatus(), article.getPublishedAt(),
					AuthorRef.of(article.getAuthor()),
					article.getTags().stream().map(TagView::of).sorted(Comparator.comparing(TagView::name)).toList(),
					article.getComments().stream().map(CommentView::of).toList());
		}

	}

	/**
	 * An author with the profile a receiver made and the followers.
	 * @param id the id
	 * @param name the name
	 * @param bio the profile's bio, {@code null} without a profile
	 * @param joinedAt the profile's creation time, {@code null} without a profile
	 * @param followers who follows the author, by name
	 */
	public record AuthorView(Long id, String name, String bio, Instant joinedAt, List<AuthorRef> followers) {

		static AuthorView of(Author author) {
			boolean profiled = author.getProfile() != null;
			return new AuthorView(author.getId(), author.getName(), profiled ? author.getProfile().getBio() : null,
					profiled ? author.getProfile().getJoinedAt() : null,
					author.getFollowers().stream().map(AuthorRef::of).sorted(Comparator.comparing(AuthorRef::name)).toList());
		}

	}

	/**
	 * A notification.
	 * @param id the id
	 * @param articleId the article it is about
	 * @param articleSlug that article's slug
	 * @param message what it says
	 * @param createdAt when it was made
	 */
	public record NotificationView(Long id, Long articleId, String articleSlug, String message, Instant createdAt) {

		static NotificationView of(Notification notification) {
			return new NotificationView(notification.getId(), notification.getArticle().getId(),
					notification.getArticle().getSlug(), notification.getMessage(), notification.getCreatedAt());
		}

	}

	/**
	 * An article found by the search box.
	 * @param articleId the article's id
	 * @param title its title
	 * @param slug its slug
	 */
	public record SearchHit(Long articleId, String title, String slug) {

		static SearchHit of(SearchDocument document) {
			return new SearchHit(document.getArticleId(), document.getTitle(), document.getSlug());
		}

	}

}
