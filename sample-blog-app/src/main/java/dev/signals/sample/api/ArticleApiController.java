package dev.signals.sample.api;

import java.net.URI;
import java.util.List;

import dev.signals.sample.service.ArticleInput;
import dev.signals.sample.service.ArticleService;
import dev.signals.sample.service.CommentInput;
import dev.signals.sample.service.TagsInput;
import dev.signals.sample.service.Views.ArticleView;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API of articles: list, read, create, edit, retag, publish, comment, delete. It
 * answers only in JSON, so a request that accepts no JSON is refused (406) before anything
 * is done, and it reads only JSON bodies (415 for others).
 */
@RestController
@RequestMapping(path = "/api/articles", produces = MediaType.APPLICATION_JSON_VALUE)
class ArticleApiController {

	private final ArticleService articles;

	ArticleApiController(ArticleService articles) {
		this.articles = articles;
	}

	@GetMapping
	List<ArticleView> list() {
		return this.articles.list();
	}

	@GetMapping("/{id}")
	ArticleView get(@PathVariable long id) {
		return this.articles.view(id);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ArticleView> create(@Valid @RequestBody ArticleInput input) {
		long id = this.articles.create(input);
		return ResponseEntity.created(URI.create("/api/articles/" + id)).body(this.articles.view(id));
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ArticleView update(@PathVariable long id, @Valid @RequestBody ArticleInput input) {
		this.articles.update(id, input);
		return this.articles.view(id);
	}

	@PutMapping(path = "/{id}/tags", consumes = MediaType.APPLICATION_JSON_VALUE)
	ArticleView retag(@PathVariable long id, @Valid @RequestBody TagsInput input) {
		this.articles.retag(id, input.getTags());
		return this.articles.view(id);
	}

	@PostMapping("/{id}/publish")
	ArticleView publish(@PathVariable long id) {
		this.articles.publish(id);
		return this.articles.view(id);
	}

	@PostMapping(path = "/{id}/comments", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	ArticleView comment(@PathVariable long id, @Valid @RequestBody CommentInput input) {
		this.articles.comment(id, input);
		return this.articles.view(id);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable long id) {
		this.articles.delete(id);
		return ResponseEntity.noContent().build();
	}

}
