package org.sanxiang.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The system's headless Chromium, driven by Playwright, one per test JVM: a browser test takes a {@code Browser}
 * parameter (in a test method, or a static {@code @BeforeAll} method) of a class marked {@link BrowserTest}; every
 * page it opens gets a fresh profile, closed after the test. Without Chromium the browser tests are skipped with the
 * install command, except under CI=true, where they are required. They run in the H2 pass only: the pages are the
 * same on PostgreSQL, whose pass covers the data.
 */
public final class Browser implements AutoCloseable {

    public static final String INSTALL = "apt-get install -y chromium fonts-wqy-microhei";
    private static final Path CHROMIUM = Paths.get(System.getenv().getOrDefault("SANXIANG_CHROMIUM",
            "/usr/bin/chromium"));

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    private Browser() {
        String driverDir = System.getProperty("playwright.driver.tmpdir");
        if (driverDir != null) {
            try {
                Files.createDirectories(Paths.get(driverDir));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--disable-dev-shm-usage")));
    }

    /** Starts, skips or fails the browser tests of a class marked {@link BrowserTest}; closes their pages. */
    static final class Extension implements ExecutionCondition, ParameterResolver, AfterEachCallback {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            // decided per test: a class's tests without a browser (API checks beside a page journey) run in every pass
            boolean drivesBrowser = context.getTestMethod()
                    .map(m -> java.util.Arrays.asList(m.getParameterTypes()).contains(Browser.class)).orElse(false);
            if (!drivesBrowser) {
                return ConditionEvaluationResult.enabled("no browser in this test");
            }
            if ("postgresql".equals(System.getProperty("sanxiang.test.database"))) {
                return ConditionEvaluationResult.disabled("browser tests run in the H2 pass");
            }
            if (!Files.isExecutable(CHROMIUM)) {
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    Assertions.fail("Chromium is required under CI=true; install it: " + INSTALL);
                }
                return ConditionEvaluationResult.disabled("skipped: no Chromium at " + CHROMIUM
                        + "; install it with: " + INSTALL);
            }
            return ConditionEvaluationResult.enabled("Chromium at " + CHROMIUM);
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == Browser.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            // the root store lives as long as the test JVM and closes the browser at its end
            return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .computeIfAbsent(Browser.class, key -> new Browser(), Browser.class);
        }

        @Override
        public void afterEach(ExtensionContext context) {
            Browser started = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).get(Browser.class,
                    Browser.class);
            if (started != null) {
                if (context.getExecutionException().isPresent()) {
                    tellWhatThePagesShowed(started, context.getDisplayName());
                }
                started.browser.contexts().forEach(BrowserContext::close);
            }
        }

        /** A failed journey's pages as they were (the CI log has only text): address, text, and a screenshot. */
        private static void tellWhatThePagesShowed(Browser started, String test) {
            int n = 0;
            for (BrowserContext c : started.browser.contexts()) {
                for (Page p : c.pages()) {
                    n++;
                    try {
                        String text = String.valueOf(p.evaluate("() => document.body ? document.body.innerText : ''"));
                        System.out.printf("[browser] %s, page %d at %s:%n%s%n", test, n, p.url(),
                                text.length() > 1500 ? text.substring(0, 1500) + " …" : text);
                        screenshot(p, "failed-" + test.replaceAll("\\W+", "-") + "-" + n);
                    } catch (RuntimeException unreadable) {
                        System.out.printf("[browser] %s, page %d at %s: unreadable (%s)%n", test, n, p.url(),
                                unreadable.getMessage());
                    }
                }
            }
        }
    }

    /** A fresh browser profile (no cookies) with the given viewport width; 390 is a phone. */
    public Page page(int width) {
        BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(width, 900).setLocale("zh-CN"));
        // a page may wait on a server that shares two cores with another test JVM starting a jar: 30 s is too short
        context.setDefaultTimeout(90_000);
        return context.newPage();
    }

    /** Logs in through the login form (base = "http://localhost:port") and waits for the workbench. */
    public static void logIn(Page page, String base, String username, String password) {
        page.navigate(base + "/login");
        page.fill("#username", username);
        page.fill("#password", password);
        page.click("main button[type=submit]");
        page.waitForURL("**/workbench**");
    }

    /** Fails on serious or critical axe-core (WCAG 2.1 AA) violations, the level GB/T 37668 requires. */
    public static void assertAccessible(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        List<Rule> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
        assertThat(serious).as("accessibility violations on " + page.url() + ": " + serious.stream()
                .map(v -> v.getId() + " (" + v.getNodes().stream().map(n -> String.valueOf(n.getTarget()))
                        .collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining("; "))).isEmpty();
    }

    /**
     * Fails when, at a phone's width, the page or a part of it scrolls sideways, something sticks out past the
     * screen's right edge, or a list still shows as table columns instead of cards.
     */
    public static void assertFitsTheScreen(Page page) {
        assertThat(misfits(page)).as("fits a " + page.viewportSize().width + " px screen: " + page.url()).isEmpty();
    }

    /** What does not fit the screen (see {@link #assertFitsTheScreen}), or an empty string. */
    public static String misfits(Page page) {
        Object problems = page.evaluate("""
                () => {
                  const width = document.documentElement.clientWidth;
                  const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                      + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
                  const found = [];
                  if (document.documentElement.scrollWidth > width) {
                    found.push('the page is ' + document.documentElement.scrollWidth + ' px wide');
                  }
                  for (const e of document.querySelectorAll('body *')) {
                    if (e.closest('thead, .visually-hidden, .visually-hidden-focusable')) continue;
                    const style = getComputedStyle(e);
                    const box = e.getBoundingClientRect();
                    if (box.width === 0 || style.visibility === 'hidden') continue;
                    if (['auto', 'scroll'].includes(style.overflowX) && e.scrollWidth > e.clientWidth + 1) {
                      found.push(name(e) + ' scrolls sideways (' + e.scrollWidth + ' px)');
                    }
                    if (box.right > width + 1) found.push(name(e) + ' ends at ' + Math.round(box.right) + ' px');
                    if (e.tagName === 'TR' && style.display === 'table-row' && !e.closest('.keep-grid')) found.push(name(e) + ' shows as columns');
                  }
                  return found.slice(0, 8).join('; ');
                }""");
        return String.valueOf(problems);
    }

    /** Keeps a screenshot under target/screenshots for people to look at. */
    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Paths.get("target", "screenshots", name + ".png")));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
