"""Scale-out: the stage functions run as Dask tasks over partitions (see dask_runner)."""
