package dev.empathy.examples.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The team lead's page: a self-contained HTML file (inline SVG charts, inline CSS, no scripts, nothing
 * fetched) of the weekly figures. Charts: share of angry or frustrated customers per week for the busiest
 * brands; mean empathy and politeness of replies per brand; the most frequent draft-checker rules; then the
 * table and the reject counts. Brand names and rule ids are escaped; no ticket text is ever shown.
 */
final class HtmlReport {

    /** One brand-week, as {@link WeeklyFigures#weekly} writes it. */
    record Week(String brand, String week, long customers, double negativeShare, long replies, double empathy,
                double politeness, double score, double dismissiveShare, String topRules, long stillFrustrated) {
    }

    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2"};
    private static final int MAX_BRANDS = 8;

    private HtmlReport() {
    }

    static String render(List<Week> weeks, Map<String, Long> rejects, long rows) {
        Map<String, long[]> volume = new LinkedHashMap<>();
        for (Week w : weeks) {
            volume.computeIfAbsent(w.brand(), b -> new long[1])[0] += w.customers() + w.replies();
        }
        List<String> brands = new ArrayList<>(volume.keySet());
        brands.sort((a, b) -> Long.compare(volume.get(b)[0], volume.get(a)[0]));
        List<String> top = brands.subList(0, Math.min(MAX_BRANDS, brands.size()));
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Empathy across tickets</title><style>"
                + "body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#222;max-width:1100px}"
                + "h1{font-size:22px}h2{font-size:17px;margin-top:28px}table{border-collapse:collapse;font-size:12px}"
                + "td,th{border-bottom:1px solid #ddd;padding:3px 8px;text-align:right}td:first-child,th:first-child{text-align:left}"
                + ".legend span{display:inline-block;margin-right:14px}.sw{display:inline-block;width:10px;height:10px;margin-right:4px}"
                + "svg{max-width:100%;height:auto}</style></head><body>\n");
        html.append("<h1>Empathy across tickets</h1>\n<p>").append(rows).append(" rows read, ")
                .append(rows - rejects.values().stream().mapToLong(Long::longValue).sum()).append(" used, ")
                .append(brands.size()).append(" brands, ").append(new TreeSet<>(weeks.stream().map(Week::week).toList()).size())
                .append(" weeks.</p>\n");
        html.append("<h2>Angry or frustrated customers, share per week</h2>\n").append(lineChart(weeks, top)).append(legend(top));
        html.append("<h2>Mean empathy and politeness of replies, by brand</h2>\n").append(brandBars(weeks, top));
        html.append("<h2>Most frequent draft-checker findings</h2>\n").append(ruleBars(weeks));
        html.append("<h2>Weekly figures</h2>\n<table><tr><th>brand</th><th>week</th><th>customers</th><th>angry/frustrated</th>"
                + "<th>replies</th><th>empathy</th><th>politeness</th><th>score</th><th>dismissive</th><th>still frustrated</th><th>top rules</th></tr>\n");
        for (Week w : weeks) {
            html.append("<tr><td>").append(escape(w.brand())).append("</td><td>").append(w.week()).append("</td><td>")
                    .append(w.customers()).append("</td><td>").append(pct(w.negativeShare())).append("</td><td>")
                    .append(w.replies()).append("</td><td>").append(num(w.empathy())).append("</td><td>")
                    .append(num(w.politeness())).append("</td><td>").append(num(w.score())).append("</td><td>")
                    .append(pct(w.dismissiveShare())).append("</td><td>").append(w.stillFrustrated()).append("</td><td>")
                    .append(escape(w.topRules())).append("</td></tr>\n");
        }
        html.append("</table>\n<h2>Rows not used</h2>\n<table><tr><th>reason</th><th>rows</th></tr>\n");
        rejects.forEach((reason, n) -> html.append("<tr><td>").append(escape(reason)).append("</td><td>").append(n).append("</td></tr>\n"));
        if (rejects.isEmpty()) {
            html.append("<tr><td>none</td><td>0</td></tr>\n");
        }
        return html.append("</table>\n</body></html>\n").toString();
    }

    private static String lineChart(List<Week> weeks, List<String> brands) {
        List<String> axis = new ArrayList<>(new TreeSet<>(weeks.stream().map(Week::week).toList()));
        int width = 900, height = 260, left = 44, bottom = 30, top = 10;
        StringBuilder svg = new StringBuilder("<svg role=\"img\" aria-label=\"Share of angry or frustrated customers per week\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"").append(height).append("\">");
        for (int p = 0; p <= 100; p += 25) {
            double y = top + (height - top - bottom) * (1 - p / 100.0);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#eee\"/>"
                    + "<text x=\"4\" y=\"%.1f\" font-size=\"11\">%d%%</text>", left, width, y, y, y + 4, p));
        }
        double step = axis.size() > 1 ? (double) (width - left - 10) / (axis.size() - 1) : 0;
        for (int i = 0; i < axis.size(); i += Math.max(1, axis.size() / 8)) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\">%s</text>", left + i * step, height - 8, axis.get(i)));
        }
        for (int b = 0; b < brands.size(); b++) {
            StringBuilder points = new StringBuilder();
            for (Week w : weeks) {
                if (w.brand().equals(brands.get(b)) && w.customers() > 0) {
                    double x = left + axis.indexOf(w.week()) * step;
                    double y = top + (height - top - bottom) * (1 - w.negativeShare());
                    points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                }
            }
            svg.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(COLOURS[b % COLOURS.length])
                    .append("\" points=\"").append(points.toString().strip()).append("\"/>");
        }
        return svg.append("</svg>\n").toString();
    }

    private static String legend(List<String> brands) {
        StringBuilder legend = new StringBuilder("<p class=\"legend\">");
        for (int b = 0; b < brands.size(); b++) {
            legend.append("<span><i class=\"sw\" style=\"background:").append(COLOURS[b % COLOURS.length]).append("\"></i>")
                    .append(escape(brands.get(b))).append("</span>");
        }
        return legend.append("</p>\n").toString();
    }

    private static String brandBars(List<Week> weeks, List<String> brands) {
        int rowHeight = 26, width = 900, left = 160;
        StringBuilder svg = new StringBuilder("<svg role=\"img\" aria-label=\"Mean empathy and politeness by brand\" viewBox=\"0 0 ")
                .append(width).append(' ').append(rowHeight * brands.size() + 10).append("\" width=\"").append(width)
                .append("\" height=\"").append(rowHeight * brands.size() + 10).append("\">");
        for (int b = 0; b < brands.size(); b++) {
            double empathy = 0, politeness = 0;
            long n = 0;
            for (Week w : weeks) {
                if (w.brand().equals(brands.get(b)) && w.replies() > 0) {
                    empathy += w.empathy() * w.replies();
                    politeness += w.politeness() * w.replies();
                    n += w.replies();
                }
            }
            double e = n == 0 ? 0 : empathy / n, p = n == 0 ? 0 : politeness / n;
            int y = b * rowHeight + 4;
            svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" font-size=\"12\">%s</text>"
                            + "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"9\" fill=\"#1f77b4\"/>"
                            + "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"9\" fill=\"#ff7f0e\"/>"
                            + "<text x=\"%.1f\" y=\"%d\" font-size=\"11\">empathy %.2f, politeness %.2f</text>",
                    y + 14, escape(brands.get(b)), left, y, e * (width - left - 220), left, y + 10, p * (width - left - 220),
                    left + Math.max(e, p) * (width - left - 220) + 6, y + 14, e, p));
        }
        return svg.append("</svg>\n<p class=\"legend\"><span><i class=\"sw\" style=\"background:#1f77b4\"></i>empathy</span>"
                + "<span><i class=\"sw\" style=\"background:#ff7f0e\"></i>politeness</span></p>\n").toString();
    }

    private static String ruleBars(List<Week> weeks) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Week w : weeks) {
            for (String part : w.topRules().split(", ")) {
                int space = part.lastIndexOf(' ');
                if (space > 0) {
                    counts.merge(part.substring(0, space), Long.parseLong(part.substring(space + 1)), Long::sum);
                }
            }
        }
        List<Map.Entry<String, Long>> rules = new ArrayList<>(counts.entrySet());
        rules.sort((a, b) -> Long.compare(b.getValue(), a.getValue()));
        rules = rules.subList(0, Math.min(10, rules.size()));
        if (rules.isEmpty()) {
            return "<p>No findings.</p>\n";
        }
        long most = rules.get(0).getValue();
        int rowHeight = 22, width = 900, left = 300;
        StringBuilder svg = new StringBuilder("<svg role=\"img\" aria-label=\"Most frequent findings\" viewBox=\"0 0 ")
                .append(width).append(' ').append(rowHeight * rules.size() + 6).append("\" width=\"").append(width)
                .append("\" height=\"").append(rowHeight * rules.size() + 6).append("\">");
        for (int r = 0; r < rules.size(); r++) {
            double w = (double) rules.get(r).getValue() / most * (width - left - 60);
            int y = r * rowHeight + 4;
            svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" font-size=\"12\">%s</text>"
                            + "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"14\" fill=\"#d62728\"/><text x=\"%.1f\" y=\"%d\" font-size=\"11\">%d</text>",
                    y + 12, escape(rules.get(r).getKey()), left, y, w, left + w + 6, y + 12, rules.get(r).getValue()));
        }
        return svg.append("</svg>\n").toString();
    }

    static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    private static String num(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.2f", value);
    }
}
