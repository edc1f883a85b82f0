package dev.signals.sample.service;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import dev.signals.sample.model.Article;
import dev.signals.sample.model.ArticleRepository;
import dev.signals.sample.model.Author;
import dev.signals.sample.model.AuthorRepository;
import dev.signals.sample.model.CommentRepository;
import dev.signals.sample.service.Views.ArticleView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What can be done with articles. Each write is one transaction: it is written whole or not
 * at all. Slugs, word counts and the rest are left to receivers.
 *
 * <p>A write to an existing article first locks the article's row, before its tags or
 * comments are loaded: concurrent writes to one article then run one after the other, each
 * on what the previous one committed. Without the lock, two requests retagging one article
 * would both load the same tags and both remove the same one, and the m2m receiver would
 * count that removal twice.
 */
@Service
@Transactional(readOnly = true)
public class ArticleService {

	private final ArticleRepository articles;

	private final AuthorRepository authors;

	private final CommentRepository comments;

	private final TagService tags;

	private final ArticleLookup lookup;

	ArticleService(ArticleRepository articles, AuthorRepository authors, CommentRepository comments, TagService tags,
			ArticleLookup lookup) {
		this.articles = articles;
		this.authors = authors;
		this.comments = comments;
		this.tags = tags;
		this.lookup = lookup;
	}

	/**
	 * All articles, newest first.
	 * @return the articles
	 */
	public List<ArticleView> list() {
		return this.articles.findAllByOrderByIdDesc().stream().map(ArticleView::of).toList();
	}

	/**
	 * The articles of a tag, newest first.
	 * @param tagName the tag's name
	 * @return the articles
	 * @throws NotFoundException if no tag has the name
	 */
	public List<ArticleView> listByTag(String tagName) {
		return this.articles.findByTagsContainingOrderByIdDesc(this.tags.find(tagName))
			.stream()
			.map(ArticleView::of)
			.toList();
	}

	/**
	 * The articles of an author, newest first.
	 * @param authorId the author's id
	 * @return the articles
	 * @throws NotFoundException if no author has the id
	 */
	public List<ArticleView> listByAuthor(long authorId) {
		return this.articles.findByAuthorOrderByIdDesc(Lookups.author(this.authors, authorId)).stream().map(ArticleView::of).toList();
	}

	/**
	 * One article.
	 * @param id the article's id
	 * @return the article
	 * @throws NotFoundException if no article has the id
	 */
	public ArticleView view(long id) {
		return ArticleView.of(find(id));
	}

	/**
	 * One article, found by its slug.
	 * @param slug the slug
	 * @return the article
	 * @throws NotFoundException if no article has the slug
	 */
	public ArticleView viewBySlug(String slug) {
		return view(this.lookup.idOfSlug(slug));
	}

	/**
	 * Write a new draft.
	 * @param input the title, body, author, tags and optional slug
	 * @return the new article's id
	 */
	@Transactional
	public long create(ArticleInput input) {
		Article article = new Article(author(input.getAuthorId()), Texts.trim(input.getTitle()), input.getBody());
		article.setSlug(freeSlug(input.getSlug(), null));
		article.retag(this.tags.resolve((input.getTags() != null) ? input.getTags() : List.of()));
		return this.articles.save(article).getId();
	}

	/**
	 * Change an article's title and body, and its tags and slug when they are given: a slug
	 * left out is kept, so the article keeps its address unless the edit says otherwise (an
	 * empty slug is made anew from the title).
	 * @param id the article's id
	 * @param input the new values
	 */
	@Transactional
	public void update(long id, ArticleInput input) {
		Article article = lock(id);
		Author author = author(input.getAuthorId());
		if (!author.getId().equals(article.getAuthor().getId())) {
			throw new InvalidFieldException("authorId", "an article keeps its author");
		}
		article.setTitle(Texts.trim(input.getTitle()));
		article.setBody(input.getBody());
		if (input.getSlug() != null) {
			article.setSlug(freeSlug(input.getSlug(), id));
		}
		if (input.getTags() != null) {
			article.retag(this.tags.resolve(input.getTags()));
		}
	}

	/**
	 * Replace an article's tags.
	 * @param id the article's id
	 * @param tagNames the tags it should have
	 */
	@Transactional
	public void retag(long id, Collection<String> tagNames) {
		lock(id).retag(this.tags.resolve(tagNames));
	}

	/**
	 * Publish an article; publishing a published article changes nothing.
	 * @param id the article's id
	 */
	@Transactional
	public void publish(long id) {
		lock(id).publish(Instant.now());
	}

	/**
	 * Delete an article with its comments. A receiver refuses to delete a published article
	 * that has comments.
	 * @param id the article's id
	 */
	@Transactional
	public void delete(long id) {
		this.articles.delete(lock(id));
	}

	/**
	 * Add a comment to an article.
	 * @param id the article's id
	 * @param input who comments and what
	 * @return the comment's id
	 */
	@Transactional
	public long comment(long id, CommentInput input) {
		Article article = lock(id);
		return this.comments.save(article.addComment(Texts.trim(input.getAuthorName()), input.getBody(), Instant.now()))
			.getId();
	}

	private Article find(long id) {
		return Lookups.article(this.articles, id);
	}

	private Article lock(long id) {
		return Lookups.articleForUpdate(this.articles, id);
	}

	private Author author(Long authorId) {
		return this.authors.findById(authorId)
			.orElseThrow(() -> new InvalidFieldException("authorId", "no author has id " + authorId));
	}

	private String freeSlug(String slug, Long id) {
		if (slug == null || slug.isBlank()) {
			return null;
		}
		boolean taken = (id != null) ? this.articles.existsBySlugAndIdNot(slug, id) : this.articles.existsBySlug(slug);
		if (taken) {
			throw new ConflictException("slug", "another article already has the slug '" + slug + "'");
		}
		return slug;
	}

}
