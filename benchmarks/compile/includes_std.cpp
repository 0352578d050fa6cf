// The baseline: the standard headers a program of this kind would include anyway.
#include <chrono>
#include <string>
#include <vector>
int main() { return static_cast<int>(std::vector<std::string>{}.size()); }
