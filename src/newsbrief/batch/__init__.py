"""Folder runs: the pure core, storage and manifest, and the local and Ray executors.

``core`` turns a batch of articles into rendered outputs and does no I/O; ``store`` finds inputs,
names outputs and keeps the manifest; ``local`` and ``ray`` are the executors; ``translate``
batches translation across articles.
"""
