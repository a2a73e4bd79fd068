package fi.tyollisyystalo.e2e;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** Reading the statistics dashboard's tables in the browser, as the manager sees them. */
final class StatisticsTables {

    private StatisticsTables() {
    }

    /** The text of a figure's cell: the row whose header is {@code row}, the {@code column}th number in it. */
    static String cell(Page page, String figure, String row, int column) {
        return page.locator("#figure-" + figure + "-table tbody tr").filter(new Locator.FilterOptions()
                .setHas(page.locator("th", new Page.LocatorOptions().setHasText(row))))
                .first().locator("td").nth(column).innerText().strip();
    }

    /** The screen's table as CSV lines: every row's cells joined by semicolons. */
    static List<String> screenTable(Page page, String figure) {
        List<String> lines = new ArrayList<>();
        for (Locator tr : page.locator("#figure-" + figure + "-table tr").all()) {
            lines.add(String.join(";", tr.locator("th, td").allInnerTexts().stream().map(String::strip).toList()));
        }
        return lines;
    }
}
