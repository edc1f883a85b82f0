package dev.signals.sample.api;

import java.util.List;

import dev.signals.sample.service.SearchIndex;
import dev.signals.sample.service.Views.SearchHit;
import dev.signals.sample.signals.ActivityEntry;
import dev.signals.sample.signals.ActivityLog;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API of what the blog shows beside its content: search results and the activity
 * log.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class SearchApiController {

	private final SearchIndex search;

	private final ActivityLog activity;

	SearchApiController(SearchIndex search, ActivityLog activity) {
		this.search = search;
		this.activity = activity;
	}

	@GetMapping("/search")
	List<SearchHit> search(@RequestParam(defaultValue = "") String q) {
		return this.search.search(q);
	}

	@GetMapping("/activity")
	List<ActivityEntry> activity() {
		return this.activity.newestFirst();
	}

}
