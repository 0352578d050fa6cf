#pragma once

/// jvom's version as major * 10000 + minor * 100 + patch (as fmt and Boost spell it).
#define JVOM_VERSION 100

namespace jvom {
inline constexpr int version_major = JVOM_VERSION / 10000;
inline constexpr int version_minor = JVOM_VERSION / 100 % 100;
inline constexpr int version_patch = JVOM_VERSION % 100;
}  // namespace jvom
