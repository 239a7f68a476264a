#include "commandline.h"

int main(int argc, char **argv)
{
    return mirage::CommandLine::run(argc, argv);
}
