package app.plexinvite.journeys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.util.FileSystemUtils;

/**
 * One headless Debian chromium with a fixed window, driven through Debian's chromedriver.
 * Both paths are given explicitly, so Selenium Manager is never consulted and nothing is
 * downloaded (ChromeDriver only asks it when the service has no executable). A missing
 * browser fails the journeys with the install command: CI installs both packages.
 */
final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final String name;

	private final String baseUrl;

	private final Path profile;

	private final ChromeDriver driver;

	private final WebDriverWait wait;

	private Browser(String name, String baseUrl, Path profile, ChromeDriver driver) {
		this.name = name;
		this.baseUrl = baseUrl;
		this.profile = profile;
		this.driver = driver;
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(15), Duration.ofMillis(100));
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
		ChromeDriver driver = new ChromeDriver(service, options);
		// The window's frame would take its share of --window-size; this makes the page's
		// viewport exactly width × height, as a phone (mobile) or a desktop shows it.
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
		return new Browser(name, baseUrl, profile, driver);
	}

	String name() {
		return this.name;
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

	void waitForPath(Predicate<String> path) {
		waitUntil((driver) -> path.test(path()));
	}

	/** Clicks something that loads another page and waits until it has. */
	void clickAndLoad(WebElement element) {
		WebElement page = find("html");
		element.click();
		waitUntil(ExpectedConditions.stalenessOf(page));
		waitUntil((driver) -> "complete".equals(script("return document.readyState")));
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

	/** The colour theme the page shows: Bootstrap's data-bs-theme, set by theme.js. */
	String theme() {
		return find("html").getDomAttribute("data-bs-theme");
	}

	/**
	 * Writes the whole page as target/screenshots/{shot}-{browser}-{theme}.png and
	 * returns the file.
	 */
	Path screenshot(String shot) throws IOException {
		Map<String, Object> metrics = this.driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
		Map<?, ?> content = (Map<?, ?>) metrics.get("cssContentSize");
		Map<?, ?> viewport = (Map<?, ?>) metrics.get("cssLayoutViewport");
		double width = ((Number) viewport.get("clientWidth")).doubleValue();
		double height = Math.max(((Number) content.get("height")).doubleValue(),
				((Number) viewport.get("clientHeight")).doubleValue());
		Map<String, Object> shot64 = this.driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip",
						Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
		Files.createDirectories(SCREENSHOTS);
		Path file = SCREENSHOTS.resolve(shot + "-" + this.name + "-" + theme() + ".png");
		Files.write(file, Base64.getDecoder().decode((String) shot64.get("data")));
		return file;
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
