package dev.signals.sample;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A visitor in headless Chromium writes an article with tags, publishes it and sees the
 * Activity page change; and the pages look right: an article's buttons line up, followers
 * are separated, the follow drop-down uses the page's font. The screenshots are saved as
 * {@code target/blog-activity.png}, {@code target/blog-article-actions.png} and
 * {@code target/blog-author.png}.
 * <p>
 * Every step after a click waits explicitly for the next page (a heading or a status that
 * only the new page has), so no element of the page being left is read while the browser
 * replaces it.
 */
class BlogBrowserIntegrationTests extends BlogTestSupport {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(20);

	private Path profile;

	private ChromeDriver browser;

	@BeforeEach
	void openBrowser() throws Exception {
		assertThat(CHROMIUM).as("Debian's chromium (installed by .ci/run)").exists();
		assertThat(CHROMEDRIVER).as("Debian's chromium-driver (installed by .ci/run)").exists();
		this.profile = Files.createTempDirectory("blog-chromium");
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
					"--no-first-run", "--disable-background-networking", "--disable-component-update",
					"--disable-sync", "--window-size=1200,1000", "--user-data-dir=" + this.profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
	}

	@AfterEach
	void closeBrowser() throws Exception {
		if (this.browser != null) {
			this.browser.quit();
		}
		if (this.profile != null) {
			FileSystemUtils.deleteRecursively(this.profile);
		}
	}

	@Test
	void writeTagAndPublishAnArticleThenSeeTheActivity() throws Exception {
		String title = "Browser run " + UUID.randomUUID().toString().substring(0, 8);
		WebDriver page = this.browser;
		page.get("http://localhost:" + this.port + "/");
		awaitText(By.tagName("h1"), "Articles");
		page.findElement(By.linkText("Write")).click();
		awaitText(By.tagName("h1"), "Write an article");
		page.findElement(By.id("title")).sendKeys(title);
		new Select(page.findElement(By.id("authorId"))).selectByVisibleText("Ada Lovelace");
		page.findElement(By.id("tags")).sendKeys("Selenium, browsers");
		page.findElement(By.id("body")).sendKeys("Five words in this body.");
		page.findElement(By.id("save")).click();

		awaitText(By.tagName("h1"), title);
		assertThat(page.findElement(By.id("word-count")).getText()).isEqualTo("5 words");
		assertThat(page.findElement(By.id("slug")).getText()).isEqualTo(title.toLowerCase().replace(' ', '-'));
		assertThat(page.findElement(By.id("status")).getText()).isEqualTo("Draft");
		assertThat(page.getPageSource()).contains("selenium (1)", "browsers (1)");

		page.findElement(By.id("publish")).click();
		awaitText(By.id("status"), "Published");

		page.findElement(By.linkText("Activity")).click();
		awaitText(By.tagName("h1"), "Activity");
		String activity = page.findElement(By.id("activity")).getText();
		assertThat(activity).contains("POST_SAVE Article", "changed publishedAt, status AFTER_COMMIT",
				"changed publishedAt, status IMMEDIATE", "CUSTOM Article", "article-published", "M2M_CHANGED Article",
				"POST_ADD tags");
		File screenshot = this.browser.getScreenshotAs(OutputType.FILE);
		Files.copy(screenshot.toPath(), Path.of("target", "blog-activity.png"), StandardCopyOption.REPLACE_EXISTING);
	}

	@Test
	void articleButtonsLineUpFollowersAreSeparatedAndTheFollowDropDownUsesThePageFont() throws Exception {
		ChromeDriver page = this.browser;
		page.get("http://localhost:" + this.port + "/articles/release-early-release-often");
		awaitText(By.tagName("h1"), "Release early, release often");
		List<WebElement> buttons = List.of(page.findElement(By.id("edit")), page.findElement(By.id("publish")),
				page.findElement(By.id("delete")));
		screenshot("blog-article-actions.png");
		assertThat(buttons).extracting((button) -> button.getRect().getY())
			.as("tops of Edit, Publish, Delete")
			.containsOnly(buttons.get(2).getRect().getY());
		assertThat(buttons).extracting((button) -> button.getRect().getHeight())
			.as("heights of Edit, Publish, Delete")
			.containsOnly(buttons.get(2).getRect().getHeight());
		assertThat(buttons).extracting(this::textTop)
			.as("tops of the words Edit, Publish, Delete")
			.allSatisfy((top) -> assertThat(top).isCloseTo(textTop(buttons.get(2)), within(0.5)));

		page.get("http://localhost:" + this.port + "/authors");
		awaitText(By.tagName("h1"), "Authors");
		page.findElement(By.linkText("Ada Lovelace")).click();
		awaitText(By.tagName("h1"), "Ada Lovelace");
		screenshot("blog-author.png");
		assertThat(page.findElement(By.xpath("//h2[text()='Followers']/following-sibling::p[1]")).getText())
			.isEqualTo("Grace Hopper, Linus Torvalds");
		WebElement followers = page.findElement(By.name("followerId"));
		WebElement follow = page.findElement(By.xpath("//button[text()='follows this author']"));
		String pageFont = page.findElement(By.tagName("body")).getCssValue("font-size");
		assertThat(followers.getCssValue("font-size")).as("the drop-down's font size").isEqualTo(pageFont);
		assertThat(follow.getCssValue("font-size")).as("the button's font size").isEqualTo(pageFont);
		assertThat(followers.getCssValue("font-family")).isEqualTo(follow.getCssValue("font-family"));
	}

	/**
	 * Where the text of an element starts, in pixels from the top of the page.
	 */
	private double textTop(WebElement element) {
		Object top = this.browser.executeScript(
				"const range = document.createRange(); range.selectNodeContents(arguments[0]);"
						+ " return range.getBoundingClientRect().top;",
				element);
		return ((Number) top).doubleValue();
	}

	private void screenshot(String name) throws Exception {
		File screenshot = this.browser.getScreenshotAs(OutputType.FILE);
		Files.copy(screenshot.toPath(), Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
	}

	private void awaitText(By locator, String text) {
		new WebDriverWait(this.browser, PAGE_TIMEOUT).until(ExpectedConditions.textToBe(locator, text));
	}

}
