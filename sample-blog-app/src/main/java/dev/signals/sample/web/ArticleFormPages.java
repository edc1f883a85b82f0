package dev.signals.sample.web;

import java.util.List;
import java.util.function.LongSupplier;

import dev.signals.sample.service.ArticleInput;
import dev.signals.sample.service.ArticleService;
import dev.signals.sample.service.AuthorService;
import dev.signals.sample.service.FieldProblem;
import dev.signals.sample.service.Views.ArticleView;
import dev.signals.sample.service.Views.TagView;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The form that writes and edits articles, with validation errors shown beside the fields.
 */
@Controller
class ArticleFormPages {

	private static final String FORM = "article-form";

	private final ArticleService articles;

	private final AuthorService authors;

	ArticleFormPages(ArticleService articles, AuthorService authors) {
		this.articles = articles;
		this.authors = authors;
	}

	@InitBinder("article")
	void tagsAsText(WebDataBinder binder) {
		binder.registerCustomEditor(List.class, "tags", new TagListEditor());
	}

	@GetMapping("/articles/new")
	String newArticle(Model model) {
		return form(model, new ArticleInput(), null);
	}

	@PostMapping("/articles")
	String create(@Valid @ModelAttribute("article") ArticleInput input, BindingResult errors, Model model) {
		return save(input, errors, model, null, () -> this.articles.create(input));
	}

	@GetMapping("/articles/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		ArticleView article = this.articles.view(id);
		ArticleInput input = new ArticleInput();
		input.setTitle(article.title());
		input.setSlug(article.slug());
		input.setBody(article.body());
		input.setAuthorId(article.author().id());
		input.setTags(article.tags().stream().map(TagView::name).toList());
		return form(model, input, id);
	}

	@PostMapping("/articles/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("article") ArticleInput input, BindingResult errors,
			Model model) {
		return save(input, errors, model, id, () -> {
			this.articles.update(id, input);
			return id;
		});
	}

	private String save(ArticleInput input, BindingResult errors, Model model, Long id, LongSupplier write) {
		if (!errors.hasErrors()) {
			try {
				return "redirect:/articles/" + this.articles.view(write.getAsLong()).slug();
			}
			catch (FieldProblem ex) {
				reject(errors, ex.getField(), ex.getMessage());
			}
		}
		return form(model, input, id);
	}

	private static void reject(BindingResult errors, String field, String message) {
		if (field != null) {
			errors.rejectValue(field, "rejected", message);
		}
		else {
			errors.reject("rejected", message);
		}
	}

	private String form(Model model, ArticleInput input, Long id) {
		model.addAttribute("article", input);
		model.addAttribute("articleId", id);
		model.addAttribute("authors", this.authors.list());
		return FORM;
	}

}
