"""Import first in a training script: one thread for the linear algebra, set before numpy loads it.

The solver's path, and so the learned weights, would otherwise depend on the machine's cores (two threads against
one moved a kind weight by 0.07), and a shipped model must be what any machine learns from the same passages.
"""

import os

for _variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_variable] = "1"
