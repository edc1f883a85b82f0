package dev.signals.sample.web;

import dev.signals.sample.service.SearchIndex;
import dev.signals.sample.signals.ActivityLog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search results page and the Activity page of received signals.
 */
@Controller
class SearchAndActivityPages {

	private final SearchIndex search;

	private final ActivityLog activity;

	SearchAndActivityPages(SearchIndex search, ActivityLog activity) {
		this.search = search;
		this.activity = activity;
	}

	@GetMapping("/search")
	String search(@RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("hits", this.search.search(q));
		return "search";
	}

	@GetMapping("/activity")
	String activity(Model model) {
		model.addAttribute("entries", this.activity.newestFirst());
		return "activity";
	}

}
