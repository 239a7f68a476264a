#include "desktop/appcontroller.h"
