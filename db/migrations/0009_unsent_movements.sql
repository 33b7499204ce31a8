-- Version 9: the movements not yet acknowledged are indexed on their own. The status bar counts
-- them every few seconds and the Sync screen asks for the oldest; without this both read every
-- movement the station ever wrote (a third of a second on a station with 300,000 movements). The
-- index holds only the queue: a scan adds one entry at its right edge, an acknowledgement takes
-- it out.
CREATE INDEX movement_unsent ON movement(station_id, station_seq) WHERE state IN ('pending', 'sent');
