package dev.signals.sample.web;

import dev.signals.sample.service.ArticleService;
import dev.signals.sample.service.CommentInput;
import dev.signals.sample.service.Views.ArticleView;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The article list, the article page and its buttons: publish, delete, comment.
 */
@Controller
class ArticlePages {

	private final ArticleService articles;

	ArticlePages(ArticleService articles) {
		this.articles = articles;
	}

	@GetMapping("/")
	String list(Model model) {
		model.addAttribute("articles", this.articles.list());
		return "articles";
	}

	@GetMapping("/articles/{slug}")
	String show(@PathVariable String slug, Model model) {
		return page(this.articles.viewBySlug(slug), new CommentInput(), model);
	}

	@PostMapping("/articles/{id}/publish")
	String publish(@PathVariable long id) {
		this.articles.publish(id);
		return "redirect:/articles/" + this.articles.view(id).slug();
	}

	@PostMapping("/articles/{id}/delete")
	String delete(@PathVariable long id) {
		this.articles.delete(id);
		return "redirect:/";
	}

	@PostMapping("/articles/{id}/comments")
	String comment(@PathVariable long id, @Valid @ModelAttribute("comment") CommentInput input, BindingResult errors,
			Model model) {
		if (errors.hasErrors()) {
			return page(this.articles.view(id), input, model);
		}
		this.articles.comment(id, input);
		return "redirect:/articles/" + this.articles.view(id).slug();
	}

	private static String page(ArticleView article, CommentInput comment, Model model) {
		model.addAttribute("article", article);
		model.addAttribute("comment", comment);
		return "article";
	}

}
