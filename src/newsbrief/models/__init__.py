"""Model configuration and the neural back ends. Only `hf.py` (and `ct2.py`) import torch."""
