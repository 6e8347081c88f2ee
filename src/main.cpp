#include "cli/run.hpp"

int main(int argc, char** argv) {
    return chitieu::cli::run(argc, argv);
}
