"""
Text-based test rasters
"""

JSON_RASTER = """{
    "srid": 4326,
    "origin": [0, 0],
    "scale": [-1, 1],
    "skew": [0, 0],
    "width": 5,
    "height": 5,
    "nr_of_bands": 1,
    "bands": [{"data": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
                        15, 16, 17, 18, 19, 20, 21, 22, 23, 24]}]
}
"""
