// jvom-check: checks a JVOM report document, a dataset folder, or the 2025 report compiled into jvom.
//
//   jvom-check [FILE|DIR] [--format text|json|markdown|sarif] [--lang en|nl]
//              [--fail-on error|warning|info|never] [--acknowledgements FILE] [--delimiter C]
//              [--un FILE] [--export OUT] [--export-header FILE.hpp]
//
// Exit status: 0 when no unacknowledged finding reaches --fail-on (default: error), 1 when one does,
// 2 for unreadable input or a wrong command line (the message names file:line:column and the field).
#include <unistd.h>

#include <cctype>
#include <exception>
#include <filesystem>
#include <iostream>
#include <jvom/checks/parallel.hpp>
#include <jvom/datasets/jvom2025.hpp>
#include <jvom/io/annex_tables.hpp>
#include <jvom/io/dataset_header.hpp>
#include <jvom/io/findings_text.hpp>
#include <jvom/io/json.hpp>
#include <jvom/io/markdown.hpp>
#include <jvom/io/report_document.hpp>
#include <jvom/io/sarif.hpp>
#ifdef JVOM_WITH_OFFICE
#include <jvom/office/load.hpp>
#endif
#include <jvom/jvom.hpp>
#include <jvom/text/format.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace {

// A dataset folder or a report document: .docx, .odt or Tika's text where the office readers are built in.
jvom::io::LoadResult load_report(const std::filesystem::path& path, const std::optional<std::filesystem::path>& acknowledgements,
                                 const jvom::io::CsvFormat& csv) {
#ifdef JVOM_WITH_OFFICE
  return jvom::office::load_report(path, acknowledgements, csv);
#else
  return jvom::io::load_report(path, acknowledgements, jvom::io::read_text_document, csv);
#endif
}

constexpr std::string_view usage =
    "usage: jvom-check [FILE|DIR] [--format text|json|markdown|sarif] [--lang en|nl]\n"
    "                  [--fail-on error|warning|info|never] [--acknowledgements FILE] [--delimiter C]\n"
    "                  [--un FILE] [--export OUT] [--export-header FILE.hpp]\n"
    "\n"
    "Checks a JVOM report document (the published .docx or .odt, or its text as Apache Tika extracts it:\n"
    "its annexes and the narrative's claims are read from it), or a dataset folder (annex1.csv,\n"
    "annex2.csv, and optionally claims.csv, report.csv, acknowledgements.csv and un.csv); without\n"
    "either, the 2025 report compiled into jvom.\n"
    "\n"
    "  --format            text (annex 2 with computed totals, then the findings by severity), json, markdown,\n"
    "                      or sarif (SARIF 2.1.0, for code scanning in CI)\n"
    "  --lang              the language of the findings, headings and labels: en (default) or nl\n"
    "  --fail-on           exit 1 when an unacknowledged finding is at least this severe (default: error)\n"
    "  --acknowledgements  a document's acknowledgements (default: acknowledgements.csv beside it)\n"
    "  --un                the UN's monthly figures of uniformed personnel (its CSV by country, mission and\n"
    "                      personnel type) to check annex 2 against; in place of a folder's un.csv\n"
    "  --delimiter         what separates a dataset folder's CSV cells: ',' (default), or ';' (semicolon) as\n"
    "                      Excel saves CSV in a Dutch locale\n"
    "  --export            also write the dataset as a folder in OUT, which reads back as the same report\n"
    "  --export-header     also write the dataset as a constexpr header that validates itself\n"
    "  --version           print jvom's version\n"
    "\n"
    "exit status: 0 passed, 1 failed (--fail-on), 2 unreadable input or wrong command line\n";

enum class Format { text, json, markdown, sarif };

struct Options {
  std::optional<std::filesystem::path> folder;  // a dataset folder or a report document
  std::optional<std::filesystem::path> acknowledgements;
  std::optional<std::filesystem::path> un_figures;
  std::optional<std::filesystem::path> export_header;
  Format format = Format::text;
  jvom::Language language = jvom::Language::en;
  std::optional<jvom::Severity> fail_on = jvom::Severity::error;
  std::optional<std::filesystem::path> export_to;
  jvom::io::CsvFormat csv;
};

int wrong_command_line(const std::string& what) {
  std::cerr << "jvom-check: " << what << "\n\n" << usage;
  return 2;
}

// Reads the command line into `options`; returns an exit status when the program should stop.
std::optional<int> parse(int argc, char** argv, Options& options) {
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    std::optional<std::string_view> value;
    if (arg.starts_with("--") && arg.find('=') != std::string_view::npos) {
      value = arg.substr(arg.find('=') + 1);
      arg = arg.substr(0, arg.find('='));
    }
    const auto take_value = [&]() -> std::optional<std::string_view> {
      if (value) return value;
      if (i + 1 < argc) return std::string_view(argv[++i]);
      return std::nullopt;
    };
    if (arg == "--help" || arg == "-h") {
      std::cout << usage;
      return 0;
    }
    if (arg == "--version") {
      std::cout << "jvom-check " << jvom::version_major << '.' << jvom::version_minor << '.' << jvom::version_patch
                << '\n';
      return 0;
    }
    if (arg == "--format") {
      const auto v = take_value();
      if (!v) return wrong_command_line("--format needs a value: text, json, markdown or sarif");
      if (*v == "text")
        options.format = Format::text;
      else if (*v == "json")
        options.format = Format::json;
      else if (*v == "markdown")
        options.format = Format::markdown;
      else if (*v == "sarif")
        options.format = Format::sarif;
      else
        return wrong_command_line("--format takes text, json, markdown or sarif, not '" + std::string(*v) + "'");
    } else if (arg == "--lang") {
      const auto v = take_value();
      const auto language = v ? jvom::enum_from_name<jvom::Language>(*v) : std::nullopt;
      if (!language) return wrong_command_line("--lang takes en or nl" + (v ? ", not '" + std::string(*v) + "'" : std::string{}));
      options.language = *language;
    } else if (arg == "--fail-on") {
      const auto v = take_value();
      if (!v) return wrong_command_line("--fail-on needs a value: error, warning, info or never");
      if (*v == "never")
        options.fail_on.reset();
      else if (const auto severity = jvom::enum_from_name<jvom::Severity>(*v))
        options.fail_on = severity;
      else
        return wrong_command_line("--fail-on takes error, warning, info or never, not '" + std::string(*v) + "'");
    } else if (arg == "--export") {
      const auto v = take_value();
      if (!v || v->empty()) return wrong_command_line("--export needs a folder to write to");
      options.export_to = std::filesystem::path(*v);
    } else if (arg == "--delimiter") {
      const auto v = take_value();
      const std::string_view d = !v ? std::string_view{} : *v == "semicolon" ? ";" : *v == "comma" ? "," : *v;
      if (d.size() != 1 || d[0] == '"' || d[0] <= ' ' || d[0] > '~')
        return wrong_command_line("--delimiter takes one printable character other than the quote, such as ';' "
                                  "(or the word semicolon)");
      options.csv.delimiter = d[0];
    } else if (arg == "--acknowledgements") {
      const auto v = take_value();
      if (!v || v->empty()) return wrong_command_line("--acknowledgements needs a CSV file");
      options.acknowledgements = std::filesystem::path(*v);
    } else if (arg == "--un") {
      const auto v = take_value();
      if (!v || v->empty()) return wrong_command_line("--un needs the UN's CSV file");
      options.un_figures = std::filesystem::path(*v);
    } else if (arg == "--export-header") {
      const auto v = take_value();
      if (!v || v->empty()) return wrong_command_line("--export-header needs a file to write to");
      options.export_header = std::filesystem::path(*v);
    } else if (arg.starts_with("-")) {
      return wrong_command_line("unknown option '" + std::string(arg) + "'");
    } else if (options.folder) {
      return wrong_command_line("one report at most; '" + std::string(arg) + "' is a second");
    } else {
      options.folder = std::filesystem::path(arg);
    }
  }
  return std::nullopt;
}

void write_text(std::ostream& os, const jvom::Report& report, const jvom::CheckResults& results,
                jvom::Language language) {
  using jvom::phrase;
  os << report.title << '\n';
  if (const auto period = jvom::effective_period(report))
    os << phrase("Period").in(language) << ": " << jvom::text::format_period(*period) << '\n';
  os << '\n' << phrase("Annex 2: personnel deployed (totals computed from the rows)").in(language) << "\n\n";
  jvom::io::write_text(os, jvom::io::annex2_table(report, language));
  os << '\n';
  jvom::io::write_findings_text(os, results, language);
}

// The header's namespace: the file's name, as an identifier ("jvom2026.hpp": jvom2026).
std::string namespace_of(const std::filesystem::path& header) {
  std::string name = header.stem().string();
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  if (name.empty() || std::isdigit(static_cast<unsigned char>(name[0]))) name = "dataset_" + name;
  return name;
}


int check(const Options& options) {
  std::optional<jvom::OwnedReport> loaded;
  jvom::io::RowLocations locations;  // none for the embedded report
  if (options.folder) {
    if (!jvom::io::is_report_document(*options.folder) && options.acknowledgements)
      return wrong_command_line("--acknowledgements is for a report document; a folder has acknowledgements.csv");
    jvom::io::LoadResult result = load_report(*options.folder, options.acknowledgements, options.csv);
    loaded = std::move(result.report);
    locations = std::move(result.locations);
    if (!loaded) {
      for (const jvom::io::LoadError& e : result.errors) std::cerr << e.message() << '\n';
      if (result.truncated) std::cerr << "(more errors than shown: at most 50 a file)\n";
      std::cerr << "jvom-check: " << options.folder->string() << " cannot be read; nothing was checked\n";
      return 2;
    }
  }
  if (options.un_figures) {
    if (!loaded) loaded = jvom::OwnedReport::copy_of(jvom::datasets::jvom2025::report);
    loaded->un_counts.clear();  // the file named here, in place of a folder's un.csv
    locations.un_lines.clear();
    const std::vector<jvom::io::LoadError> errors = jvom::io::add_un_figures(*options.un_figures, *loaded, locations);
    if (!errors.empty()) {
      for (const jvom::io::LoadError& e : errors) std::cerr << e.message() << '\n';
      std::cerr << "jvom-check: " << options.un_figures->string() << " cannot be read; nothing was checked\n";
      return 2;
    }
  }
  const jvom::Report report = loaded ? loaded->report() : jvom::datasets::jvom2025::report;
  if (options.export_to) {
    const std::vector<jvom::io::SavedFile> saved = jvom::io::save_dataset(*options.export_to, report);
    std::cerr << "jvom-check: wrote " << options.export_to->string() << ":";
    for (const jvom::io::SavedFile& f : saved) std::cerr << ' ' << f.name << " (" << f.rows << " rows)";
    std::cerr << '\n';
  }
  if (options.export_header)
    jvom::io::write_file(*options.export_header, [&](std::ostream& out) {
      jvom::io::write_dataset_header(out, report, namespace_of(*options.export_header));
    });

  // Column totals past 4294967295 are an error, never a wrap: find out before printing anything, so that
  // no half-written table or JSON reaches the output.
  (void)jvom::column_totals(report.annex2);
  // On every core for a large dataset (a small one stays on this thread); the findings are the same.
  const jvom::CheckResults results = jvom::run_checks(jvom::parallel, report);
  jvom::io::FileBuffer output(STDOUT_FILENO);  // standard output, with the system's reason when it fails
  std::ostream out(&output);
  switch (options.format) {
    case Format::text: write_text(out, report, results, options.language); break;
    case Format::json: jvom::io::write_json(out, report, results, options.language); break;
    case Format::markdown: jvom::io::write_markdown_report(out, report, results, options.language); break;
    case Format::sarif: jvom::io::write_sarif(out, report, results, locations, options.language); break;
  }
  // Output that did not reach its file (a full disk, a closed pipe) is an error, not a pass.
  out.flush();
  if (output.error() != 0) throw jvom::io::WriteError("standard output", std::generic_category().message(output.error()));
  return options.fail_on && results.fails(*options.fail_on) ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  if (const auto status = parse(argc, argv, options)) return *status;
  try {
    return check(options);
  } catch (const jvom::validation_error& e) {
    // Sums of the annex columns past 4294967295: an error, never a wrap.
    std::cerr << "jvom-check: " << (options.folder ? options.folder->string() + "/annex2.csv: totals: " : "")
              << e.what() << '\n';
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "jvom-check: " << e.what() << '\n';
    return 2;
  }
}
