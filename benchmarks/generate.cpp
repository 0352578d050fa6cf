// jvom-generate N OUT: writes a synthetic N-mission report as a dataset folder OUT.
#include <cstdlib>
#include <iostream>
#include <jvom/io/dataset.hpp>
#include <string>

#include "synthetic_report.hpp"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: jvom-generate MISSIONS OUT\n";
    return 2;
  }
  const auto report = jvom::bench::synthetic_report({.missions = std::stoull(argv[1])});
  jvom::io::save_dataset(argv[2], report.report());
}
