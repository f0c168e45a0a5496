package app.plexinvite.journeys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.util.FileSystemUtils;

/**
 * One headless Debian chromium with a fixed window, driven through Debian's chromedriver.
 * Both paths are given explicitly, so Selenium Manager is never consulted and nothing is
 * downloaded (ChromeDriver only asks it when the service has no executable). A missing
 * browser fails the journeys with the install command: CI installs both packages.
 */
final class Browser implements AutoCloseable {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Duration TIMEOUT = Duration.ofSeconds(15);

	private static final Duration POLL = Duration.ofMillis(100);

	private final String name;

	private final int width;

	private final int height;

	private final boolean mobile;

	private final String baseUrl;

	private final Path profile;

	private final ChromeDriver driver;

	private final WebDriverWait wait;

	private Browser(String name, int width, int height, boolean mobile, String baseUrl, Path profile,
			ChromeDriver driver) {
		this.name = name;
		this.width = width;
		this.height = height;
		this.mobile = mobile;
		this.baseUrl = baseUrl;
		this.profile = profile;
		this.driver = driver;
		this.wait = new WebDriverWait(driver, TIMEOUT, POLL);
	}

	/** A phone-sized window (390 × 844 CSS pixels, a touch device's viewport rules). */
	static Browser phone(String baseUrl) throws IOException {
		return start("phone", 390, 844, true, baseUrl);
	}

	static Browser desktop(String baseUrl) throws IOException {
		return start("desktop", 1280, 900, false, baseUrl);
	}

	private static Browser start(String name, int width, int height, boolean mobile, String baseUrl)
			throws IOException {
		for (Path executable : List.of(CHROMIUM, CHROMEDRIVER)) {
			if (!Files.isExecutable(executable)) {
				throw new IllegalStateException("The browser journeys need " + executable
						+ ": install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
			}
		}
		Path profile = Files.createTempDirectory("plex-invite-chromium-");
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--user-data-dir=" + profile, "--window-size=" + width + "," + height);
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		Browser browser = new Browser(name, width, height, mobile, baseUrl, profile,
				new ChromeDriver(service, options));
		browser.viewport(height);
		return browser;
	}

	ChromeDriver driver() {
		return this.driver;
	}

	void open(String path) {
		this.driver.get(this.baseUrl + path);
	}

	String path() {
		return this.driver.getCurrentUrl().substring(this.baseUrl.length());
	}

	WebElement find(String css) {
		return this.driver.findElement(By.cssSelector(css));
	}

	List<WebElement> findAll(String css) {
		return this.driver.findElements(By.cssSelector(css));
	}

	void type(String css, String text) {
		WebElement field = find(css);
		field.clear();
		field.sendKeys(text);
	}

	<T> T waitUntil(ExpectedCondition<T> condition) {
		return this.wait.until(condition);
	}

	/**
	 * Scrolls to the element at once (Bootstrap makes scrolling smooth, so a click could
	 * land before the page has moved), centred, clear of bars fixed at the window's edge,
	 * and clicks it.
	 */
	void click(WebElement element) {
		script("arguments[0].scrollIntoView({behavior: 'instant', block: 'center', inline: 'nearest'})", element);
		element.click();
	}

	/**
	 * Clicks something that loads another page and waits until it has: the old page
	 * carries a mark the new one lacks. Questions asked in the middle of the switch may
	 * fail; they are asked again.
	 */
	void clickAndLoad(WebElement element) {
		script("window.journeyMark = true");
		click(element);
		new WebDriverWait(this.driver, TIMEOUT, POLL).ignoring(WebDriverException.class)
			.until((driver) -> (Boolean) script(
					"return window.journeyMark === undefined && document.readyState === 'complete'"));
	}

	Object script(String script, Object... arguments) {
		return this.driver.executeScript(script, arguments);
	}

	/** What the page wrote to the console at warning level or above since last asked. */
	List<String> consoleProblems() {
		return this.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.WARNING.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	/**
	 * Makes the page prefer a dark or light colour scheme (Chrome DevTools emulation,
	 * kept across navigations).
	 */
	void prefer(String scheme) {
		this.driver.executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
	}

	/**
	 * Waits until no CSS transition or animation runs (a theme switch fades colours for a
	 * moment; a contrast check in the middle of it would measure colours in between).
	 */
	void settles() {
		waitUntil((driver) -> Boolean.TRUE.equals(
				script("return document.getAnimations().every(function (a) { return a.playState !== 'running'; })")));
	}

	/**
	 * Waits until the page stops scrolling (a jump to an anchor may scroll smoothly, and
	 * a focus change in the middle of it would be scrolled away again).
	 */
	void scrollSettles() {
		long[] last = { Long.MIN_VALUE };
		waitUntil((driver) -> {
			long now = ((Number) script("return Math.round(window.scrollY)")).longValue();
			boolean still = now == last[0];
			last[0] = now;
			return still;
		});
	}

	/** The colour theme the page shows: Bootstrap's data-bs-theme, set by theme.js. */
	String theme() {
		return find("html").getDomAttribute("data-bs-theme");
	}

	/**
	 * Writes the whole page as target/screenshots/{shot}-{browser}-{theme}.png (without
	 * the theme on a page that has none, such as the API's docs). A long page is
	 * photographed in a window stretched to its height, so fixed bars stay at the bottom.
	 */
	Path screenshot(String shot) throws IOException {
		Number pageHeight = (Number) script("return document.documentElement.scrollHeight");
		int height = Math.max(this.height, pageHeight.intValue());
		try {
			viewport(height);
			Files.createDirectories(SCREENSHOTS);
			String theme = (theme() != null) ? "-" + theme() : "";
			Path file = SCREENSHOTS.resolve(shot + "-" + this.name + theme + ".png");
			Files.write(file, this.driver.getScreenshotAs(OutputType.BYTES));
			return file;
		}
		finally {
			viewport(this.height);
		}
	}

	/**
	 * The page's viewport in CSS pixels; the window's frame would otherwise take its
	 * share of --window-size.
	 */
	private void viewport(int height) {
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", this.width, "height", height, "deviceScaleFactor", 1, "mobile", this.mobile));
	}

	@Override
	public void close() throws IOException {
		try {
			this.driver.quit();
		}
		finally {
			FileSystemUtils.deleteRecursively(this.profile);
		}
	}

}
