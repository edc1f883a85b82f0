package dev.signals.sample.web;

import dev.signals.sample.service.ArticleService;
import dev.signals.sample.service.TagService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The tag list with article counts, and the page of one tag.
 */
@Controller
class TagPages {

	private final TagService tags;

	private final ArticleService articles;

	TagPages(TagService tags, ArticleService articles) {
		this.tags = tags;
		this.articles = articles;
	}

	@GetMapping("/tags")
	String list(Model model) {
		model.addAttribute("tags", this.tags.list());
		return "tags";
	}

	@GetMapping("/tags/{name}")
	String show(@PathVariable String name, Model model) {
		model.addAttribute("tag", this.tags.view(name));
		model.addAttribute("articles", this.articles.listByTag(name));
		return "tag";
	}

}
