package dev.advisor.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.advisor.TestFolders;
import dev.advisor.api.ApiServer;
import dev.advisor.app.Advisor;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The browser app in a real headless Chromium: Debian's chromium and chromedriver, given by path so
 * nothing is downloaded, against the server on a random port. Waits are for conditions, never for
 * time. Screenshots of the form and the report go to {@code target/screenshots/}.
 */
class BrowserIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final List<String> SECTIONS = List.of("company", "customers", "crm", "online", "positioning",
            "goals", "segments", "product", "tools", "competitors", "funnel");

    private static Javalin app;
    private static String base;
    private WebDriver driver;
    private WebDriverWait wait;
    private Path profile;
    private Path downloads;

    @BeforeAll
    static void startServer() throws Exception {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "the browser tests need Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver");
        app = new ApiServer(new Advisor(TestFolders.QUESTIONNAIRES, TestFolders.RULES)).create().start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port() + "/";
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopServer() {
        if (app != null) app.stop();
    }

    @BeforeEach
    void openBrowser() throws Exception {
        profile = Files.createTempDirectory("chromium-profile");
        downloads = Files.createDirectory(profile.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--no-first-run", "--disable-dev-shm-usage", "--window-size=1280,1600", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        // The form redraws itself (an example loaded, a language switched): an element found a moment ago
        // may be replaced, so a step is retried on the new one rather than failing on the old.
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        driver.get(base);
        wait.until(ExpectedConditions.visibilityOfElementLocated(field("company_name")));
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (driver != null) driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    // ---------------------------------------------------------------- scenarios

    @Test
    void thePageShowsEverySectionOfTheQuestionnaire() throws Exception {
        for (String section : SECTIONS) {
            assertTrue(driver.findElement(By.cssSelector("[data-nav='" + section + "']")).isDisplayed(), "nav " + section);
            assertEquals(1, driver.findElements(By.cssSelector("section.form-section[data-section='" + section + "']")).size(),
                    "section " + section);
        }
        // every section can be opened and shows its questions
        for (String section : SECTIONS) {
            open(section);
            WebElement shown = driver.findElement(By.cssSelector("section.form-section[data-section='" + section + "']"));
            assertTrue(shown.findElements(By.cssSelector("[data-path]")).stream().anyMatch(WebElement::isDisplayed), section);
        }
        screenshot("form-sections");
    }

    @Test
    void aBriefFilledByHandIsSubmittedAndItsReportShowsTheChartTheMatrixAndAUspCard() throws Exception {
        fillSmallBrief();
        screenshot("form-filled");
        click(By.id("submit"));
        WebElement report = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-view")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#report-view svg.chart")));
        assertEquals(5, report.findElements(By.cssSelector("svg.chart g.bar")).size(), "a bar per strategy");
        // the summary comes first: at most three steps to take first and a verdict on each of the eight components
        List<WebElement> sections = report.findElements(By.cssSelector("#report-content section"));
        assertEquals("summary", sections.get(0).getAttribute("id"));
        int firstSteps = sections.get(0).findElements(By.cssSelector("ol.first-steps li")).size();
        assertTrue(firstSteps >= 1 && firstSteps <= 3, "first steps: " + firstSteps);
        assertEquals(8, sections.get(0).findElements(By.cssSelector("ul.verdicts li")).size());
        assertEquals("references", sections.get(sections.size() - 1).getAttribute("id"));
        WebElement matrix = report.findElement(By.cssSelector("table.matrix"));
        assertTrue(matrix.getText().contains("SEO"), matrix.getText());
        List<WebElement> cards = report.findElements(By.cssSelector("article.card.usp"));
        assertEquals(1, cards.size(), "one segment's needs are answered by a benefit");
        assertTrue(cards.get(0).getText().contains("Fishermen") && cards.get(0).getText().toLowerCase().contains("warm cabin"),
                cards.get(0).getText());
        // a recommendation's reasons fold open under "why", naming its rule
        WebElement why = report.findElement(By.cssSelector("article.recommendation details.why"));
        why.findElement(By.tagName("summary")).click();
        assertTrue(why.getText().contains(".drl:"), why.getText());
        screenshot("report");
    }

    @Test
    void aConditionalQuestionAppearsWhenItsConditionIsMet() {
        open("crm");
        assertFalse(driver.findElement(field("crm_name")).isDisplayed(), "hidden until a CRM is said to be in use");
        click(By.cssSelector("[name='has_crm'][value='true']"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(field("crm_name")));
        click(By.cssSelector("[name='has_crm'][value='false']"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(field("crm_name")));
    }

    @Test
    void anInvalidBriefShowsTheServersErrorNextToTheFieldItNames() throws Exception {
        // given a market share above 100% and nothing else
        type("market_share", "150");
        // when submitted
        click(By.id("submit"));
        // then the error sits at the field, the summary lists it, and the first error is in view
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-path='market_share'] .field-error")));
        assertFalse(error.getText().isBlank());
        assertEquals("true", driver.findElement(By.cssSelector("[name='market_share']")).getAttribute("aria-invalid"));
        WebElement summary = driver.findElement(By.id("error-summary"));
        assertTrue(summary.isDisplayed() && !summary.getText().isBlank(), "the error summary lists the problems");
        WebElement first = driver.findElement(By.cssSelector(".field-error"));
        assertTrue(inViewport(first), "the first error is scrolled into view");
        screenshot("form-error");
    }

    @Test
    void aDraftIsKeptWhenThePageIsReloaded() {
        type("company_name", "Sever Amphibia");
        click(By.cssSelector("[name='customer_type'][value='b2b']"));
        driver.navigate().refresh();
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("[name='company_name']"), "value", "Sever Amphibia"));
        assertTrue(driver.findElement(By.cssSelector("[name='customer_type'][value='b2b']")).isSelected());
    }

    @Test
    void theLanguageSwitchesToRussianAndBack() {
        WebElement label = driver.findElement(By.cssSelector("[data-path='company_name'] label"));
        assertTrue(label.getText().contains("Company or brand name"), label.getText());
        click(By.id("lang-ru"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-path='company_name'] label"), "Название компании или бренда"));
        assertTrue(driver.findElement(By.cssSelector("[data-nav='company']")).getText().contains("Компания"));
        click(By.id("lang-en"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-path='company_name'] label"), "Company or brand name"));
    }

    @Test
    void anExampleBriefLoadsAndIsEvaluated() throws Exception {
        new Select(driver.findElement(By.id("example-select"))).selectByValue("vehicle-maker");
        click(By.id("load-example"));
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("[name='company_name']"), "value", "Sever Amphibia"));
        click(By.id("submit"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#report-view svg.chart")));
        assertEquals(5, driver.findElements(By.cssSelector("#report-view article.card.usp")).size(), "five USPs");
        screenshot("report-vehicle-maker");
    }

    @Test
    void anAnswersFileIsImported() throws Exception {
        // given an answers document on disk; when chosen in the import field
        driver.findElement(By.id("import")).sendKeys(TestFolders.EXAMPLES.resolve("contact-lens-shop.json").toAbsolutePath().toString());
        // then the form holds its answers
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("[name='company_name']"), "value", "LinzaDom"));
        assertTrue(driver.findElement(By.cssSelector("[name='customer_type'][value='b2c']")).isSelected());
    }

    @Test
    void theVehicleMakerBriefTypedInByHandIsExactlyTheExampleAndGetsItsReport() throws Exception {
        // given the example's answers and the questionnaire that asks for them
        JsonNode example = JSON.readTree(TestFolders.EXAMPLES.resolve("vehicle-maker.json").toFile()).get("answers");
        JsonNode definition = JSON.readTree(TestFolders.QUESTIONNAIRES.resolve("business-brief.json").toFile());
        // when every answer is typed and clicked in, section by section, in the questionnaire's order
        for (JsonNode section : definition.get("sections")) {
            open(section.get("id").asText());
            for (JsonNode question : section.get("questions")) {
                JsonNode answer = example.get(question.get("id").asText());
                if (answer == null) continue;
                if (question.get("type").asText().equals("group")) {
                    for (int i = 0; i < answer.size(); i++) {
                        click(By.cssSelector("[data-add='" + question.get("id").asText() + "']"));
                        for (JsonNode sub : question.get("questions")) {
                            JsonNode value = answer.get(i).get(sub.get("id").asText());
                            if (value != null) enter(question.get("id").asText() + "[" + i + "]." + sub.get("id").asText(), sub, value);
                        }
                    }
                } else {
                    enter(question.get("id").asText(), question, answer);
                }
            }
        }
        // then the form holds exactly the example's answers, and its report is the example's
        String draft = (String) ((JavascriptExecutor) driver).executeScript(
                "return localStorage.getItem('strategy-advisor:draft:business-brief')");
        assertEquals(example, JSON.readTree(draft).get("answers"));
        click(By.id("submit"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#report-view svg.chart")));
        assertEquals(5, driver.findElements(By.cssSelector("#report-view article.card.usp")).size(), "five USPs");
        assertTrue(driver.findElement(By.cssSelector("#report-view .recommended")).getText().contains("Differentiation"));
        screenshot("report-typed-by-hand");
    }

    @Test
    void aBenefitsSegmentsAreTheNamesTypedInAndFollowThemAsTheyChangeUpToTheReportAndTheExport() throws Exception {
        // given the small brief: the segments Fishermen and Hunters and one benefit
        fillSmallBrief();
        String segments = "benefits[0].serves_segments";
        // when the benefit is linked to the Fishermen, and then a segment is renamed and one added
        open("product");
        click(option(segments, "Fishermen"));
        open("segments");
        type("segments[1].name", "Duck hunters");
        click(By.cssSelector("[data-add='segments']"));
        type("segments[2].name", "Tourists");
        // then the benefit offers the names as they are now, in their order, the Fishermen still checked
        open("product");
        wait.until(d -> optionLabels(segments).equals(List.of("Fishermen", "Duck hunters", "Tourists")));
        assertTrue(driver.findElement(option(segments, "Fishermen")).isSelected());
        click(option(segments, "Duck hunters"));
        screenshot("form-benefit-segments");
        // when submitted, then the server accepts the links: the report appears
        click(By.id("submit"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#report-view svg.chart")));
        // and the exported answers and the draft hold the names
        click(By.id("back-to-form"));
        click(By.id("export"));
        Path exported = downloads.resolve("business-brief-answers.json");
        wait.until(d -> Files.exists(exported));
        assertEquals(JSON.readTree("[\"Fishermen\", \"Duck hunters\"]"),
                JSON.readTree(exported.toFile()).at("/answers/benefits/0/serves_segments"));
        driver.navigate().refresh();
        open("product");
        wait.until(ExpectedConditions.elementToBeSelected(option(segments, "Duck hunters")));
        assertTrue(driver.findElement(option(segments, "Fishermen")).isSelected());
        assertFalse(driver.findElement(option(segments, "Tourists")).isSelected());
    }

    @Test
    void aBenefitAsksForTheSegmentsFirstAndKeepsARenamedOneCheckedAsNotEnteredForTheServerToReport() throws Exception {
        // given a benefit and no segment yet, then it asks for the segments instead of offering none
        String segments = "benefits[0].serves_segments";
        open("product");
        click(By.cssSelector("[data-add='benefits']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(field(segments), "Enter the segments first."));
        // when a segment is typed in and checked for the benefit
        open("segments");
        click(By.cssSelector("[data-add='segments']"));
        type("segments[0].name", "Fishermen");
        open("product");
        click(option(segments, "Fishermen"));
        // and the segment is renamed
        open("segments");
        type("segments[0].name", "Ice fishermen");
        // then the new name is offered, and the old one stays checked, marked as no longer entered
        open("product");
        wait.until(d -> optionLabels(segments).equals(List.of("Ice fishermen", "Fishermen (not entered)")));
        assertTrue(driver.findElement(option(segments, "Fishermen")).isSelected());
        assertFalse(driver.findElement(option(segments, "Ice fishermen")).isSelected());
        // when submitted, then the server's error is listed, and its link leads to the field, naming the names entered
        click(By.id("submit"));
        click(By.cssSelector("#error-summary a[href='#q-benefits-0--serves_segments--field']"));
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-path='" + segments + "'] .field-error")));
        assertTrue(error.getText().contains("\"Ice fishermen\""), error.getText());
        screenshot("form-benefit-segment-not-entered");
    }

    // ---------------------------------------------------------------- steps

    /** Enters one answer the way a person would for its question type. */
    private void enter(String path, JsonNode question, JsonNode value) {
        switch (question.get("type").asText()) {
            case "boolean" -> click(By.cssSelector("[name='" + path + "'][value='" + value.asBoolean() + "']"));
            case "choice" -> choose(path, value.asText());
            case "scale" -> click(By.cssSelector("[name='" + path + "'][value='" + value.asInt() + "']"));
            case "multichoice" -> value.forEach(v -> click(By.cssSelector("[name='" + path + "'][value='" + v.asText() + "']")));
            case "textlist" -> {
                List<String> lines = new java.util.ArrayList<>();
                value.forEach(v -> lines.add(v.asText()));
                type(path, String.join("\n", lines));
            }
            case "integer", "number", "money", "percent" -> type(path, value.isIntegralNumber() || value.asDouble() == Math.rint(value.asDouble())
                    ? String.valueOf(value.asLong()) : value.asText());
            default -> type(path, value.asText());
        }
    }

    /** A small brief typed and clicked in: the required answers, two segments, a benefit and a tool. */
    private void fillSmallBrief() {
        type("company_name", "Sever Amphibia");
        type("business_model", "We make amphibious all-terrain vehicles for people who work and rest in the north.");
        click(By.cssSelector("[name='customer_type'][value='both']"));
        open("positioning");
        click(By.cssSelector("[name='price_position'][value='above_market']"));
        open("segments");
        click(By.cssSelector("[name='audience_known'][value='true']"));
        click(By.cssSelector("[data-add='segments']"));
        click(By.cssSelector("[data-add='segments']"));
        type("segments[0].name", "Fishermen");
        type("segments[0].needs", "warm cabin\nfishing all year round");
        type("segments[1].name", "Hunters");
        type("segments[1].needs", "carries six people");
        open("product");
        click(By.cssSelector("[data-add='benefits']"));
        type("benefits[0].benefit", "Warm cabin you can sleep in");
        type("benefits[0].proof", "Diesel heater keeps +20 °C at -40 °C outside");
        open("tools");
        click(By.cssSelector("[data-add='tools']"));
        choose("tools[0].tool", "seo");
        choose("tools[0].expected_result", "sales");
        type("tools[0].months_to_result", "3");
    }

    private void open(String section) {
        click(By.cssSelector("[data-nav='" + section + "']"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("section.form-section[data-section='" + section + "']")));
    }

    private void type(String path, String text) {
        wait.until(d -> {
            WebElement input = d.findElement(By.cssSelector("[name='" + path + "']"));
            if (!input.isDisplayed()) return false;
            input.clear();
            input.sendKeys(text);
            return true;
        });
    }

    /** Picks an option of a choice, whether drawn as a select or as radios. */
    private void choose(String path, String value) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[name='" + path + "']")));
        if (input.getTagName().equals("select")) new Select(input).selectByValue(value);
        else click(By.cssSelector("[name='" + path + "'][value='" + value + "']"));
    }

    private void click(By by) {
        wait.until(d -> {
            WebElement element = d.findElement(by);
            if (!element.isDisplayed() || !element.isEnabled()) return false;
            ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
            element.click();
            return true;
        });
    }

    /** A radio or checkbox of a choice, by its value. */
    private static By option(String path, String value) {
        return By.cssSelector("[name='" + path + "'][value='" + value + "']");
    }

    /** The labels of a choice's radios or checkboxes, as shown. */
    private List<String> optionLabels(String path) {
        return driver.findElements(By.cssSelector("[data-path='" + path + "'] label.option")).stream().map(WebElement::getText).toList();
    }

    private static By field(String path) {
        return By.cssSelector("[data-path='" + path + "']");
    }

    private boolean inViewport(WebElement element) {
        return (Boolean) ((JavascriptExecutor) driver).executeScript(
                "const r = arguments[0].getBoundingClientRect(); return r.bottom > 0 && r.top < window.innerHeight;", element);
    }

    private void screenshot(String name) throws Exception {
        File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
