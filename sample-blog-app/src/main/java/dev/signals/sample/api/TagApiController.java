package dev.signals.sample.api;

import java.util.List;

import dev.signals.sample.service.ArticleService;
import dev.signals.sample.service.TagService;
import dev.signals.sample.service.Views.ArticleView;
import dev.signals.sample.service.Views.TagView;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API of tags and their articles.
 */
@RestController
@RequestMapping(path = "/api/tags", produces = MediaType.APPLICATION_JSON_VALUE)
class TagApiController {

	private final TagService tags;

	private final ArticleService articles;

	TagApiController(TagService tags, ArticleService articles) {
		this.tags = tags;
		this.articles = articles;
	}

	@GetMapping
	List<TagView> list() {
		return this.tags.list();
	}

	@GetMapping("/{name}")
	TagView get(@PathVariable String name) {
		return this.tags.view(name);
	}

	@GetMapping("/{name}/articles")
	List<ArticleView> articles(@PathVariable String name) {
		return this.articles.listByTag(name);
	}

}
