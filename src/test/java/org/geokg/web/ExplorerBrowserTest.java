package org.geokg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.geokg.SharedData;
import org.geokg.api.SeedGraphTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web explorer in headless Chromium (Debian's chromium and chromedriver, offline) on the seed
 * graph: search, network drawn (checked on a screenshot), edge evidence, profile, ingest form, links.
 */
class ExplorerBrowserTest extends SeedGraphTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @org.springframework.beans.factory.annotation.Value("${geokg.data-dir}") String dataDir;
  private ChromeDriver browser;
  private Path profile;

  @BeforeEach
  void start() throws Exception {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    // On CI a missing browser is a failure (.ci/run installs it), on a developer's machine a skip.
    if (System.getenv("CI") != null) {
      assertThat(installed).as("chromium and chromedriver installed (see .ci/run)").isTrue();
    }
    assumeTrue(installed, "chromium and chromium-driver are not installed");
    seedArticleId();
    profile = Files.createTempDirectory("geokg-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
        "--window-size=1400,900", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void searchDrawsTheNetworkAndAnEdgeShowsItsSentenceAndArticle() throws Exception {
    browser.get(baseUrl() + "/");
    assertThat(browser.findElement(By.id("link-browser")).getAttribute("href")).endsWith("/browser");
    assertThat(browser.findElement(By.id("link-docs")).getAttribute("href")).endsWith("/swagger-ui.html");

    browser.findElement(By.id("search")).sendKeys("Musk");
    WebElement hit = waitFor().until(b -> b.findElements(By.cssSelector("#results li[data-id='person:elon-musk']"))
        .stream().findFirst().orElse(null));
    hit.click();
    waitFor().until(b -> js("return window.geokgGraph ? window.geokgGraph.nodes().length : 0") instanceof Long n && n >= 2);
    assertThat(browser.findElement(By.id("graph-title")).getText()).contains("Elon Musk");
    Thread.sleep(500); // let the layout settle before the picture

    byte[] png = browser.findElement(By.id("graph")).getScreenshotAs(OutputType.BYTES);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target/explorer-screenshot.png"), png);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    long coloured = 0;
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        if (rgb != 0xFFFFFF) {
          coloured++;
        }
        colours.add(rgb & 0xF0F0F0);
      }
    }
    assertThat(image.getWidth()).isGreaterThan(300);
    assertThat(coloured).as("non-white pixels in the graph area").isGreaterThan(500);
    assertThat(colours).as("the person colour of the node style is drawn").contains(0xE07B39 & 0xF0F0F0);

    js("window.geokgGraph.edges()[0].emit('tap')");
    String sentence = waitFor().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(b -> b.findElements(By.cssSelector("#details .sentence")).stream()
            .map(WebElement::getText).filter(t -> !t.isBlank()).findFirst().orElse(null));
    assertThat(sentence).isNotBlank();
    String href = browser.findElement(By.id("article-link")).getAttribute("href");
    assertThat(href).contains("/api/articles/");

    js("window.geokgGraph.nodes()[0].emit('tap')");
    // The panel is redrawn while the profile loads: an element found a moment ago may be replaced.
    waitFor().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(b -> b.findElement(By.cssSelector("#details h2")).getText().length() > 0);
  }

  @Test
  void filtersRedrawTheNetworkAndTheIngestFormAnswers() throws Exception {
    browser.get(baseUrl() + "/?actor=person:elon-musk");
    waitFor().until(b -> js("return window.geokgGraph ? window.geokgGraph.nodes().length : 0") instanceof Long n && n >= 2);
    browser.findElement(By.id("since")).sendKeys("01012030");
    browser.findElement(By.id("apply")).click();
    waitFor().until(b -> js("return window.geokgGraph.nodes().length") instanceof Long n && n == 1);

    // Text that holds no article: refused with the API's explanation, and nothing is written.
    browser.findElement(By.id("ingest-input")).sendKeys("Sign in\nSubscribe");
    browser.findElement(By.id("ingest-button")).click();
    waitFor().until(b -> b.findElement(By.id("ingest-status")).getText().startsWith("Not ingested:"));

    // The seed article as it is already stored: recognised as unchanged, its network drawn.
    js("document.getElementById('since').value = ''");
    js("document.getElementById('ingest-input').value = arguments[0]", SharedData.seedText());
    js("document.getElementById('ingest-date').value = '2024-11-15'");
    browser.findElement(By.id("ingest-button")).click();
    new WebDriverWait(browser, Duration.ofSeconds(120)).until(
        b -> b.findElement(By.id("ingest-status")).getText().startsWith("Already in the graph"));
    waitFor().until(b -> js("return window.geokgGraph.nodes().length") instanceof Long n && n >= 2);
  }

  @Test
  void neo4jBrowserAsksForThePasswordThenOpensWithTheGeokgGuideAndStyle() throws Exception {
    browser.get(baseUrl() + "/browser-guide");
    try {
      WebElement password = new WebDriverWait(browser, Duration.ofSeconds(60)).until(
          ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=password]")));
      WebElement user = browser.findElement(By.cssSelector("[data-testid=username]"));
      user.clear();
      user.sendKeys(org.geokg.system.EmbeddedNeo4j.USER);
      password.sendKeys(Files.readString(Path.of(dataDir).resolve(org.geokg.system.EmbeddedNeo4j.PASSWORD_FILE)).strip());
      browser.findElement(By.cssSelector("[data-testid=connect]")).click();
      // Applied on connecting, with no click: Browser keeps the style it loaded in local storage.
      new WebDriverWait(browser, Duration.ofSeconds(60)).until(
          b -> String.valueOf(js("return localStorage.getItem('neo4j.grass')")).contains("#2F7EBC"));
      new WebDriverWait(browser, Duration.ofSeconds(60)).until(
          b -> b.getPageSource().contains("geokg: actors and events from the news"));
    } finally {
      try {
        Files.write(Path.of("target/browser-guide-screenshot.png"), browser.getScreenshotAs(OutputType.BYTES));
        Files.writeString(Path.of("target/browser-guide-page.txt"), browser.findElement(By.tagName("body")).getText()
            + "\n----\n" + browser.getCurrentUrl());
      } catch (Exception e) {
        // diagnostics only
      }
    }
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  private WebDriverWait waitFor() {
    return new WebDriverWait(browser, Duration.ofSeconds(20));
  }
}
