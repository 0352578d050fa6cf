#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "jvom/checks/catalog/narrative.hpp"
#include "jvom/claim.hpp"
#include "jvom/io/document.hpp"
#include "jvom/io/extract/annexes.hpp"
#include "jvom/io/extract/claims.hpp"
#include "jvom/io/extract/mission_names.hpp"
#include "jvom/io/extract/placeholders.hpp"
#include "jvom/io/extract/sentences.hpp"
#include "jvom/owned_report.hpp"

/// The narrative of a document read section by section into claims (see `claims_of` for the rules).
namespace jvom::io::extract {

namespace detail::narrative {

// "Militaire bijdrage", "Militaire en civiele bijdrage": a line that says whose contribution follows.
inline bool is_contribution_label(std::string_view t) {
  t = ext::trim(t);
  const std::vector<Word> ws = words(t);
  if (ws.empty() || ws.size() > 5 || t.ends_with('.') || t.ends_with(':')) return false;
  return ws.back().lower.starts_with("bijdrage");
}
inline Who label_category(std::string_view t) {
  Who c = Who::unknown;
  for (const Word& w : words(t)) {
    if (w.lower.starts_with("militair")) c = c == Who::unknown ? Who::military : Who::everyone;
    if (w.lower.starts_with("civiel")) c = c == Who::unknown ? Who::civil : Who::everyone;
    if (w.lower.starts_with("politie")) c = c == Who::unknown ? Who::police : Who::everyone;
  }
  return c == Who::everyone ? Who::unknown : c;  // a mixed label says nothing of one person
}

// The printed name a claim of `field` is about: the row of the annex its check reads.
inline std::string_view mission_of(const FoundClaim& c) {
  using jvom::checks::detail::ClaimedAnnex;
  const NamedRows& r = c.rows;
  switch (jvom::checks::detail::claimed_annex(c.field)) {
    case ClaimedAnnex::annex1: return !r.annex1.empty() ? r.annex1 : r.annex2;
    case ClaimedAnnex::none: return !r.annex2.empty() ? r.annex2 : r.annex1;
    default: return !r.annex2.empty() ? r.annex2 : r.annex1;
  }
}

inline bool is_named(ClaimField f) {
  return f == ClaimField::named_military || f == ClaimField::named_civil || f == ClaimField::named_police;
}

}  // namespace detail::narrative

/// Reads the claims of `document`'s narrative into `report.claims`, whose annexes are read already (`layout`
/// says where they were). Their text lives in `report`.
inline void extract_claims(const doc::Document& document, const AnnexLayout& layout, OwnedReport& report) {
  namespace nr = detail::narrative;
  const MissionNames names(report.report(), document);

  struct Section {
    std::string source;  // "2.3.1", "Golfregio", "Bijlage 2", "after 2.5"
    std::string title;
    NamedRows rows;
    Who category = Who::unknown;
  };
  Section section;
  std::string last_numbered;

  // A claim with its sentence, before its text is kept in the report.
  struct Pending {
    Claim claim;
    std::string mission, source, quote, rule;
  };
  std::vector<Pending> pending;

  const auto add = [&](const FoundClaim& c, std::string_view quote, std::size_t line) {
    Pending p;
    p.claim.field = c.field;
    p.claim.value = c.value;
    p.claim.line = static_cast<std::uint32_t>(line);
    p.mission = c.of_report ? std::string{} : std::string(nr::mission_of(c));
    if (!c.of_report && p.mission.empty() && c.field != ClaimField::placeholder)
      p.mission = c.mission_text.empty() ? section.source : c.mission_text;
    p.source = section.source;
    p.quote = std::string(quote);
    p.rule = std::string(c.rule);
    // People named in one section: of one mission and category, the most, or the sum where a sentence adds.
    if (nr::is_named(c.field))
      for (Pending& earlier : pending)
        if (earlier.claim.field == c.field && earlier.mission == p.mission && earlier.source == p.source) {
          Headcount& value = std::get<Headcount>(earlier.claim.value);
          const Headcount more = std::get<Headcount>(c.value);
          if (c.additional) {
            value += more;
            earlier.rule = "named (added up)";
          } else if (more > value) {
            value = more;
          }
          if (earlier.quote.find(quote) == std::string::npos) earlier.quote.append(" [\xE2\x80\xA6] ").append(quote);
          return;
        }
    pending.push_back(std::move(p));
  };

  const auto placeholders_in = [&](std::string_view text, std::size_t line, std::string_view quote) {
    for (const std::string_view found : placeholders(text)) {
      FoundClaim c{ClaimField::placeholder, found, section.rows, {}, section.rows.empty(), "placeholder", false};
      add(c, quote, line);
    }
  };

  const auto read_paragraph = [&](const doc::Paragraph& p) {
    if (nr::is_contribution_label(p.text)) {
      section.category = nr::label_category(p.text);
      return;
    }
    for (const Sentence& sentence : sentences(p.text)) {
      const std::vector<Word> ws = words(sentence.text);
      const std::vector<Mention> mentions = names.mentions(ws);
      const SentenceContext context{ws, mentions, section.rows, section.title, section.category};
      const std::size_t line = p.position_of(sentence.offset).line;
      for (const FoundClaim& c : claims_of(context)) add(c, sentence.text, line);
      placeholders_in(sentence.text, line, sentence.text);
    }
  };

  bool after_annex_table = false;
  for (std::size_t b = 0; b < document.blocks.size(); ++b) {
    const doc::Block& block = document.blocks[b];
    if (const auto* h = std::get_if<doc::Heading>(&block)) {
      after_annex_table = false;
      placeholders_in(h->title, h->position.line, h->title);
      if (!h->number.empty()) {
        section = {h->number, h->title, names.of_heading(h->title), Who::unknown};
        last_numbered = h->number;
      } else if (nr::is_contribution_label(h->title)) {
        section.category = nr::label_category(h->title);
      } else {
        section = {h->title, h->title, names.of_heading(h->title), Who::unknown};
      }
    } else if (std::holds_alternative<doc::Break>(block)) {
      if (!after_annex_table)
        section = {last_numbered.empty() ? "before 1" : "after " + last_numbered, {}, {}, Who::unknown};
    } else if (const auto* t = std::get_if<doc::Table>(&block)) {
      after_annex_table = b == layout.annex1_first_block || b == layout.annex2_last_block;
      if (b == layout.annex2_last_block) section = {"Bijlage 2", {}, {}, Who::unknown};
      else if (b == layout.annex1_first_block) section = {"Bijlage 1", {}, {}, Who::unknown};
      for (const doc::TableRow& row : t->rows)
        for (const doc::Cell& cell : row.cells)
          for (const doc::Paragraph& p : cell.paragraphs) placeholders_in(p.text, p.position.line, p.text);
    } else if (const auto* p = std::get_if<doc::Paragraph>(&block)) {
      read_paragraph(*p);
    }
  }
  section = {"footnotes", {}, {}, Who::unknown};
  for (const doc::Footnote& f : document.footnotes) {
    section.source = "footnote " + f.id;
    placeholders_in(f.text, f.position.line, f.text);
  }

  for (Pending& p : pending) {
    p.claim.mission = report.keep(p.mission);
    p.claim.source = report.keep(p.source);
    p.claim.quote = report.keep(p.quote);
    p.claim.rule = report.keep(p.rule);
    if (auto* text = std::get_if<std::string_view>(&p.claim.value)) *text = report.keep(*text);
    report.claims.push_back(p.claim);
  }
}

}  // namespace jvom::io::extract
