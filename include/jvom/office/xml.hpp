#pragma once

#include <pugixml.hpp>

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

#include "jvom/io/load_error.hpp"

/// One XML part of an archive, parsed with pugixml, and what the readers need of it.
///
/// A DOCTYPE is refused, and with it every entity declaration: neither WordprocessingML nor ODF has one,
/// and pugixml would not expand them anyway (it knows the five predefined entities and character
/// references only), so a part that declares some is not a producer's file. Element depth is bounded by
/// the readers as they descend (`Limits::element_depth`); pugixml itself parses without recursion.
namespace jvom::office::xml {

/// Why a reader stopped: an error about the part being read. Thrown inside a reader, caught at its door.
struct Failure {
  io::LoadError error;
};

/// The line and column (1-based, columns in characters) of byte `offset` of `text`.
inline std::pair<std::size_t, std::size_t> line_and_column(std::string_view text, std::size_t offset) {
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;
    }
  }
  return {line, column};
}

/// `content`, the part `part` of `file`, parsed; or why it cannot be. A part of more than `max_tags`
/// tags is refused unparsed.
[[nodiscard]] inline std::variant<std::unique_ptr<pugi::xml_document>, io::LoadError> parse(
    std::string_view content, const std::string& file, const std::string& part, std::size_t max_tags) {
  if (const auto tags = static_cast<std::size_t>(std::count(content.begin(), content.end(), '<')); tags > max_tags)
    return io::LoadError{file, 0, 0, part, "at most " + std::to_string(max_tags) + " XML tags in a part",
                         std::to_string(tags) + " tags"};
  auto document = std::make_unique<pugi::xml_document>();
  // Whitespace-only text is kept: `<w:t xml:space="preserve"> </w:t>` is a space between words.
  const unsigned options = pugi::parse_default | pugi::parse_ws_pcdata | pugi::parse_doctype;
  const pugi::xml_parse_result result = document->load_buffer(content.data(), content.size(), options, pugi::encoding_utf8);
  if (!result) {
    const auto [line, column] = line_and_column(content, static_cast<std::size_t>(result.offset));
    return io::LoadError{file, line, column, part, "well-formed XML", result.description()};
  }
  for (const pugi::xml_node node : document->children())
    if (node.type() == pugi::node_doctype) {
      const std::size_t at = content.find("<!DOCTYPE");  // pugixml places it after the keyword
      const auto [line, column] =
          line_and_column(content, at != std::string_view::npos ? at : static_cast<std::size_t>(node.offset_debug()));
      return io::LoadError{file, line, column, part, "XML without a DOCTYPE or entity declarations",
                           "a DOCTYPE"};
    }
  return document;
}

/// The element's name without its prefix: "p" for "w:p". Both formats fix their prefixes in practice,
/// but a namespace may be bound to any prefix, and local names do not clash within what is read.
[[nodiscard]] inline std::string_view local_name(const pugi::xml_node node) {
  const std::string_view name = node.name();
  const std::size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

/// The attribute whose local name is `name`, on `node`; empty when it has none.
[[nodiscard]] inline std::string_view attribute(const pugi::xml_node node, std::string_view name) {
  for (const pugi::xml_attribute a : node.attributes()) {
    std::string_view n = a.name();
    const std::size_t colon = n.find(':');
    if (colon != std::string_view::npos) n.remove_prefix(colon + 1);
    if (n == name) return a.value();
  }
  return {};
}

/// The first child element of `node` with local name `name`, or a null node.
[[nodiscard]] inline pugi::xml_node child(const pugi::xml_node node, std::string_view name) {
  for (const pugi::xml_node c : node.children())
    if (c.type() == pugi::node_element && local_name(c) == name) return c;
  return {};
}

}  // namespace jvom::office::xml
